<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>backupgui tidak dapat dimulai</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>backupgui tidak bisa menulis ke %1: %2.</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>Jadikan folder itu dapat ditulisi (atau kosongkan sebagian ruang) lalu mulai backupgui lagi.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 milik pengguna lain (%2); backupgui tidak memakai folder pengguna lain.</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>backupgui berjalan sebagai root, yang hanya memakai folder milik root sendiri: jalankan backupgui sebagai pengguna Anda sendiri (tanpa sudo).</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>Jika folder ini dibuat saat backupgui dijalankan dengan sudo, kembalikan ke pengguna Anda dengan perintah ini di terminal, atau hapus; lalu jalankan backupgui lagi:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Belum ada tujuan cadangan yang dipilih.</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>Buka backupgui, lalu Setelan, dan pilih folder atau Google Drive.</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>Enkripsi end-to-end belum disiapkan.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Komputer ini tidak memiliki penyimpan kunci untuk menyimpan kunci cadangan, sehingga pencadangan otomatis tidak dapat berjalan sendiri.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Kunci cadangan tidak tersimpan di komputer ini.</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Tidak ada chat yang dipilih untuk dicadangkan.</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>Centang chat yang ingin dicadangkan di backupgui.</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>Pencadangan otomatis berikutnya</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Jadwal pencadangan…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Riwayat pencadangan…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>backupgui tetap berjalan</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>Pencadangan otomatis berlanjut dari baki sistem. Pilih Keluar di sana untuk menghentikannya.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>Buka backupgui dan klik Cadangkan sekali untuk memilih kata sandi atau kunci %1 digit.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>Penyimpan kunci sistem tidak menjawab dalam %1 detik, sehingga pencadangan otomatis tidak dapat berjalan sendiri.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Penyimpan kunci sistem terkunci atau menolak memberikan kunci cadangan, sehingga pencadangan otomatis tidak dapat berjalan sendiri.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Buka &amp;Setelan</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>Belum bisa mencadangkan</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>Tidak dapat menjangkau tujuan cadangan</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>Tujuan ini sudah berisi cadangan terenkripsi. Masukkan kata sandi atau kuncinya agar komputer ini bisa terus mencadangkan ke sana.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>Komputer ini tidak memiliki penyimpan kunci untuk menyimpan kunci cadangan, jadi masukkan kata sandi atau kunci Anda setiap kali mencadangkan.</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>Pencadangan tidak selesai</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>Kunci baru belum dapat dibuat</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Pencadangan pertama ke tujuan ini berhenti sebelum selesai. Masukkan kunci %1 digit yang Anda pilih untuknya, dan pencadangan melanjutkan dari tempat ia berhenti.</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Pencadangan pertama ke tujuan ini berhenti sebelum selesai. Masukkan kata sandi yang Anda pilih untuknya, dan pencadangan melanjutkan dari tempat ia berhenti.</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>Enkripsi diubah dengan peringatan</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>Cadangan kini dilindungi dengan cara baru, tetapi:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>Kata sandi dengan brankas kunci</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Cadangan chat</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>Cadangkan chat dan media Anda. Semuanya dienkripsi end-to-end di komputer ini sebelum disimpan.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Enkripsi end-to-end</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Kunci di komputer ini</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Aktifkan enkripsi…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>Ubah tujuan…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>Dipilih untuk dicadangkan</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>Ca&amp;dangkan</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>Cadangkan chat yang dipilih sekarang (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>Belum ada ke tujuan ini</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>belum masuk</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>Emulator Google Drive</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>Aktif · %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>Ubah enkripsi…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>Nonaktif — Anda akan memilih kata sandi atau kunci saat pencadangan pertama</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Memeriksa penyimpan kunci…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>Tidak ada penyimpan kunci di komputer ini: kata sandi atau kunci Anda akan ditanyakan setiap kali mencadangkan.</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>Disimpan di penyimpan kunci sistem, sehingga pencadangan berjalan tanpa bertanya.</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>Akan disimpan di penyimpan kunci sistem</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>Pencadangan terakhir tidak selesai. %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>Pencadangan terakhir dibatalkan; cadangan sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>Tidak ada chat yang dipilih</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 media</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 media (tanpa video)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>Pencadangan dibatalkan, jadi tujuan ini belum memiliki cadangan yang lengkap. Yang sudah diunggah tetap disimpan; pencadangan berikutnya melanjutkan dari sana.</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1 · chat %2</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>Kunci %1 digit</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>Diaktifkan dengan pencadangan ini · %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>Hapus kunci lama…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>Kunci lama dari cadangan yang sudah diganti masih disimpan oleh brankas kunci di %1.</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>Belum aktif · %1 · cadangan pertama berhenti sebelum selesai, jadi cadangan berikutnya akan meminta pilihan Anda lagi</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Cadangan terbaru</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>Tetap &amp;pulihkan cadangan yang lebih lama</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Cadangan yang ditemukan</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>Tidak ada cadangan di sini. Pastikan Anda memilih folder atau akun tempat Anda mencadangkan.</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 md)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (terbaru)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cadangan terbaru: %1 dari %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>Ada cadangan yang lebih baru dari ini, tetapi tidak ada di tujuan ini (komputer ini atau brankas kunci mengingatnya). Penyimpanan mungkin telah dikembalikan ke kondisi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>Pastikan ini cadangan terbaru yang Anda buat: tidak ada catatan riwayat cadangan ini di komputer ini maupun di brankas kunci.</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>Ini adalah cadangan terbaru yang diketahui komputer ini atau brankas kunci.</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Ukuran tersimpan</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>Ukuran cadangan di tujuan, terkompresi dan terenkripsi</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>Membaca chat cadangan</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Tidak ada yang berubah di komputer ini.</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>Membaca chat dalam cadangan ini…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>Tidak ada yang berubah di komputer ini. Pilih cadangan lain, atau tekan Berikutnya untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>Dihentikan. Tidak ada yang berubah di komputer ini. Tekan Berikutnya untuk membaca chat cadangan ini lagi.</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>Yang terbaru dipilih. Cadangan lama disimpan sesuai yang diatur di Setelan: secara bawaan, satu cadangan untuk masing-masing dari %1 terakhir.</translation>
    </message>
</context>
<context>
    <name>ChatTableModel</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chat name — messages, media files</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln file media</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1, ikut dicadangkan</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1, tidak ikut dicadangkan</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1, %2, aktivitas terakhir %3</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>participants · messages</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>Chat ini tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>Tidak dapat membuka chat</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>File media ini tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>Video mungkin tidak disertakan dalam cadangan tempat chat ini dipulihkan.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>“%1” bukan file foto, video, audio, atau PDF, jadi backupgui tidak membukanya.</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>File jenis lain dapat menjalankan program saat dibuka. Anda dapat menyimpan salinannya dan membukanya sendiri jika Anda memercayai pengirimnya.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>Tidak dapat menyimpan lampiran</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>Pesan %1, yang terlama lebih dulu. Tombol panah berpindah antarpesan, Home dan End menuju pesan pertama dan terbaru, Enter membuka lampiran, Control+Enter pada balasan menuju pesan yang dikutipnya, dan Esc menutup chat.</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>Pilih chat yang akan dipulihkan</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>K&amp;osongkan pilihan</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Chat dalam cadangan</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>&amp;Gabungkan: pertahankan yang ada di sini dan tambahkan pesan yang belum ada (disarankan)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>&amp;Ganti chat di sini dengan versi dari cadangan</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>Cadangan dari %1, %2: %3, %4, media %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>%Ln dari chat ini sudah ada di komputer ini. Apa yang harus dilakukan dengannya?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>%1 dari %Ln chat dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>Belum ada satu pun chat ini di komputer ini.</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>Chat di komputer ini yang tidak ada di cadangan ini tetap seperti apa adanya.</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>Hingga %1 diunduh dari cadangan.</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>Akun Google</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Masuk…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>Salinan backupgui ini tidak punya fitur masuk Google bawaan. Untuk mencadangkan ke Google Drive, gunakan klien Google Cloud Anda sendiri (gratis; Bantuan menunjukkan langkah-langkahnya), atau coba emulator Drive di bawah.</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>Gunakan klien Google Cloud &amp;Anda sendiri…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>Gunakan fitur masuk &amp;bawaan</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>Coba tanpa Google: gunakan &amp;emulator Drive di</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>Alamat emulator Drive</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>Klien Anda sendiri: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>Klien OAuth Google Cloud Anda</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>File klien (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>File klien ini tidak dapat digunakan</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>Klien Google Cloud Anda sendiri</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>Mencadangkan ke Google Drive dengan klien Google Cloud Anda sendiri</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>Salinan backupgui ini tidak punya fitur masuk Google bawaan. Untuk memulihkan dari Google Drive, gunakan klien Google Cloud Anda sendiri (gratis; Bantuan menunjukkan langkah-langkahnya), atau coba emulator Drive di bawah.</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1. Buka console.cloud.google.com dan buat project.
%2. API &amp; Layanan → Library: aktifkan Google Drive API.
%3. Layar izin OAuth: jenis Eksternal; tambahkan cakupan …/auth/drive.appdata dan akun Google Anda sebagai pengguna uji (atau publikasikan aplikasinya).
%4. Kredensial → Buat kredensial → ID klien OAuth → Aplikasi desktop; unduh file JSON.
%5. Di sini: Gunakan klien Google Cloud Anda sendiri… lalu pilih file tersebut, kemudian Masuk.

docs/DRIVE.md menjelaskan setiap langkah.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>Masuk sebagai %1 (hanya sesi ini: tidak ada penyimpan kunci)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>Lupakan akun ini</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>Lupakan %1 di komputer ini?</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>Info masuk dihapus dari penyimpanan kata sandi komputer ini. Cadangan Anda tetap ada di Google Drive, dan backupgui tetap memiliki akses ke sana: masuk lagi dengan akun ini untuk mencadangkan atau memulihkan. Sampai saat itu, pencadangan ke Google Drive berhenti.

Jangan hapus akses backupgui di setelan Akun Google Anda jika ingin menyimpan cadangan ini: Google lalu menghapus cadangan di folder tersembunyi aplikasi.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Lupakan</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>Akun tidak dapat dilupakan</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>L&amp;upakan akun ini di komputer ini</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>Gunakan akun la&amp;in…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>Aktifkan enkripsi end-to-end</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>Buka kunci cadangan Anda</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>Ubah enkripsi end-to-end</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>Nonaktifkan enkripsi end-to-end</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>Periksa kata sandi Anda</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>Amankan brankas kunci Anda</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Kem&amp;bali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Without it, nobody can restore your chats on a new computer — not even us. Enter it to check; it is checked here, not sent anywhere.</source>
        <translation>Tanpanya, tidak ada yang bisa memulihkan chat Anda di komputer baru — bahkan kami pun tidak. Masukkan untuk memeriksa; pemeriksaan dilakukan di sini dan tidak dikirim ke mana pun.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Masukkan kata sandi Anda</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>Tujuan ini sudah berisi cadangan terenkripsi. Masukkan kata sandinya agar komputer ini bisa terus mencadangkan ke sana.</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>Masukkan kata sandi Anda saat ini</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>Untuk mengubah cara cadangan Anda dilindungi, buktikan dulu bahwa Anda tahu kata sandi yang sekarang.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>Menonaktifkan enkripsi end-to-end di komputer ini memerlukan kata sandi yang sekarang.</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>Apakah Anda masih ingat kata sandi Anda?</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>Brankas kunci cadangan Anda disiapkan sebelum dapat membedakan Anda dari orang lain: siapa pun yang memiliki salinan cadangan dapat mencoba kata sandi dan menghabiskan jatah percobaannya. Masukkan kata sandi Anda sekali untuk menautkan brankas ke Akun Google Anda.</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>Brankas kunci cadangan Anda disiapkan sebelum dapat membedakan Anda dari orang lain: siapa pun yang memiliki salinan cadangan dapat mencoba kata sandi dan menghabiskan jatah percobaannya. Masukkan kata sandi Anda sekali untuk menautkan brankas ke komputer ini dan kode pemulihan baru.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Kode pemulihan brankas kunci</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Kode pemulihan brankas kunci</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>Lindungi cadangan Anda</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>Pilih perlindungan baru</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>Kata sandi atau kunci baru hanya mengubah gembok pada kunci cadangan Anda; tidak ada yang diunggah ulang.</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>Gunakan &amp;kata sandi</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>Kunci acak yang Anda catat atau simpan. Paling kuat, tetapi simpan baik-baik.</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>Gunakan kata sandi dengan &amp;brankas kunci</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>Brankas kunci di %1 menyimpan kunci Anda; brankas hanya mengizinkan beberapa kali salah coba.</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>Kata sandi baru dan kunci &amp;cadangan baru</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>Setelah kebocoran: kunci baru dan cadangan lengkap yang baru; cadangan lama dihapus.</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>Kata sandi baru tetap memakai kunci cadangan Anda: salinan lama setelan cadangan dengan kata sandi lama Anda masih dapat membuka cadangan baru. Jika kata sandi atau kunci Anda mungkin bocor, pilih &lt;b&gt;Kata sandi baru dan kunci cadangan baru&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Cara kerjanya</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>Chat dan media dienkripsi di komputer ini dengan kunci cadangan acak sebelum disimpan.</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>Komputer ini menyimpan kunci cadangan di penyimpan kuncinya, sehingga pencadangan berikutnya berjalan tanpa bertanya.</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>Kata sandi Anda tidak pernah keluar dari komputer ini. (Brankas kunci dapat disiapkan di Setelan.)</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>Buat kata sandi</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>Anda akan memerlukan kata sandi ini untuk memulihkan chat di komputer baru. Komputer ini mengingat kunci cadangan, jadi Anda tidak akan ditanya setiap kali mencadangkan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;Tidak ada yang bisa memulihkan kata sandi ini.&lt;/b&gt; Jika Anda lupa kata sandi dan kehilangan komputer ini, cadangan Anda tidak dapat dibuka — tidak oleh Anda, tidak oleh kami.</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>Catat atau simpan di tempat yang aman, jauh dari komputer ini. Anda akan memerlukannya untuk memulihkan chat di komputer baru.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;Tidak ada yang bisa memulihkan kunci ini.&lt;/b&gt; Siapa pun yang memilikinya dapat membaca cadangan Anda; jika Anda kehilangan kunci dan komputer ini, cadangan Anda tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kode pemulihan Anda</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>Brankas kunci hanya mengizinkan komputer ini mencoba kata sandi Anda. Di komputer baru, Anda akan memerlukan kode ini beserta kata sandi Anda. Catat atau simpan di tempat yang aman, jauh dari komputer ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;Kode ini hanya ditampilkan sekarang.&lt;/b&gt; Tanpa kode ini, komputer baru tidak dapat memulihkan cadangan Anda dengan kata sandi. Kode ini saja tidak dapat membuka cadangan Anda.</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>Konfirmasi kunci Anda</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>Untuk memastikan Anda sudah menyimpannya, ketik grup-grup di bawah ini dari kunci Anda.</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>Tidak menemukan grup-grup ini? Kunci Anda belum disimpan: klik &lt;b&gt;Kembali&lt;/b&gt;, lalu salin atau simpan ke file.</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>Berhenti mencadangkan dari komputer ini?</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>backupgui tidak pernah membuat cadangan tanpa enkripsi.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Simpan kata sandi</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Gunakan kunci ini</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>Saya sudah &amp;menyimpan kunci</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>Saya sudah &amp;menyimpan kode</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>Buat kata sandi untuk brankas kunci</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>Buat kata sandi baru untuk kunci baru</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>Komputer ini tidak dapat menggunakan brankas kunci sendiri. Masukkan kode pemulihan yang Anda simpan saat menyiapkan brankas kunci, beserta kata sandi Anda.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>Pemeriksaan gagal secara tidak terduga; lihat log untuk detailnya.</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>Konfirmasi kode pemulihan Anda</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>Untuk memastikan Anda sudah menyimpannya, ketik grup-grup di bawah ini dari kode pemulihan Anda.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grup %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>Grup %1 dari kunci Anda</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>Itu tidak cocok dengan kode pemulihan Anda. Kembali untuk melihatnya lagi, dan periksa nomor grupnya.</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>Itu tidak cocok dengan kunci Anda. Kembali untuk melihatnya lagi, dan periksa nomor grupnya.</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>Tidak dapat mengubah enkripsi</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>Belum ada cadangan di tujuan ini, jadi kata sandi tidak dapat diperiksa di sini. Cadangkan dulu: cadangan pertama di sini akan menanyakan cara melindunginya.</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>Mudah diingat. Minimal %1 karakter. Anda memerlukannya untuk memulihkan.</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>Grup diberi nomor %1 sampai %2, dari kiri ke kanan, dari atas ke bawah. Huruf boleh diketik besar atau kecil.</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>Masukkan kunci %1 digit Anda</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>Tujuan ini sudah berisi cadangan terenkripsi. Masukkan kunci %1 digitnya agar komputer ini bisa terus mencadangkan ke sana.</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>Masukkan kunci %1 digit Anda saat ini</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>Untuk mengubah cara cadangan Anda dilindungi, buktikan dulu bahwa Anda tahu kunci %1 digit yang sekarang.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>Menonaktifkan enkripsi end-to-end di komputer ini memerlukan kunci %1 digit yang sekarang.</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>Apakah Anda masih ingat kunci %1 digit Anda?</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>&amp;Kunci %1 digit</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>Chat Anda dienkripsi di komputer ini sebelum keluar darinya. Hanya orang yang memiliki kata sandi atau kunci %1 digit Anda yang dapat membaca cadangan — bukan Google, bukan kami.</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>Gunakan kunci &amp;%1 digit</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>Di komputer baru, kata sandi atau kunci %1 digit Anda membuka kunci cadangan. Tidak ada orang lain yang bisa.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Kunci %1 digit Anda</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>Menonaktifkan enkripsi end-to-end di sini akan:&lt;ul&gt;&lt;li&gt;menghapus kunci cadangan dari penyimpan kunci komputer ini,&lt;/li&gt;&lt;li&gt;menghentikan pencadangan dari komputer ini sampai Anda mengaktifkan enkripsi lagi.&lt;/li&gt;&lt;/ul&gt;Cadangan yang sudah dibuat tetap di tempatnya, tetap terenkripsi. Anda dapat memulihkannya dengan kata sandi atau kunci %1 digit kapan saja.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>Komputer ini tidak punya penyimpan kunci, jadi setiap pencadangan menanyakan kata sandi atau kunci Anda.</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>Anda akan memerlukan kata sandi ini untuk memulihkan chat di komputer baru. Komputer ini tidak punya penyimpan kunci, jadi setiap pencadangan juga menanyakannya.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>Kode pemulihan yang Anda catat atau simpan tidak akan digunakan: backupgui melupakannya sekarang, dan enkripsi end-to-end tidak diaktifkan.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>Kode pemulihan yang Anda catat atau simpan tidak akan digunakan: backupgui melupakannya sekarang, dan cadangan Anda tetap terlindungi seperti sekarang.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>Kunci %1 digit yang Anda catat atau simpan tidak akan digunakan: backupgui melupakannya sekarang, dan enkripsi end-to-end tidak diaktifkan. Lain kali Anda akan mendapat kunci baru.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>Kunci %1 digit yang Anda catat atau simpan adalah kunci cadangan Anda sendiri: kunci itu tetap dapat membuka cadangan Anda, jadi simpan dengan aman atau musnahkan. Cadangan Anda tetap terlindungi seperti sekarang.</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>Keluar tanpa menyelesaikan?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Tetap di sini</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>Riwayat pencadangan</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Membaca riwayat…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>Cadangan sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>Belum ada pencadangan yang berjalan.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>%Ln pencadangan terakhir, yang terbaru lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Riwayat tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Dimulai oleh</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Susulan</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Dicadangkan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 diunggah</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Dihentikan oleh Anda</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Disimpan ke</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>Google Drive: %1</source>
        <translation>Google Drive: %1</translation>
    </message>
    <message>
        <source>Stopped by you after %1 was sent</source>
        <translation>Dihentikan oleh Anda setelah %1 terkirim</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (%2 terkirim sebelum dihentikan)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln peringatan: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Deteksi otomatis</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Impor chat</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>Pilih ekspor WhatsApp (.zip atau .txt) atau ekspor Telegram Desktop (foldernya, result.json, atau .zip-nya).</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>Belum ada ekspor yang dipilih</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>File atau folder ekspor</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Pilih &amp;file…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Pilih f&amp;older…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format ekspor</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Peserta:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Pesan:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Media:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>Chat dalam ekspor</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>Peringatan dan baris yang dilewati</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progres impor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>Impor dari cadangan &amp;ponsel…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Pilih ekspor</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>Ekspor chat (*.zip *.txt *.json);;Semua file (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>Pilih folder ekspor Telegram</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Membaca ekspor…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>Ekspor %1. Periksa apa yang akan diimpor, lalu tekan Impor.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <source>Groups and one-to-one chats</source>
        <translation>Grup dan chat pribadi</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 dan %Ln lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln file ditemukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln tidak ada dalam ekspor (pesannya tetap disimpan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>Impor selesai: %1 ke %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln pesan baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln sudah ada di pustaka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln file media ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>%Ln baris dilewati (lihat Catatan).</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Tidak ada yang diimpor; pustaka tidak berubah.</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Impor dibatalkan; pustaka tidak berubah.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Akun Terhapus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln pesan berbeda dari salinan di pustaka (keduanya disimpan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>File ini bukan file teks yang berisi kunci cadangan.</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Buka file kunci…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>Buka file kunci cadangan Anda</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>File kunci (*.txt);;Semua file (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>Buka &amp;file kunci…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>Baca kunci dari file yang Anda simpan dengan &quot;Simpan ke file…&quot;</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>Kunci %1 digit</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Sa&amp;lin</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Simpan ke file…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kode pemulihan Anda</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>Disalin. Tempelkan di tempat yang aman, lalu kosongkan papan klip Anda.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Simpan kode pemulihan Anda</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

Simpan file ini di tempat yang aman dan offline. Bersama kata sandi Anda, file ini memungkinkan Anda memulihkan cadangan di komputer baru.
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>Simpan kunci cadangan Anda</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File teks (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

Simpan file ini di tempat yang aman dan offline. Siapa pun yang memilikinya dapat membaca cadangan Anda.
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Tidak dapat menyimpan: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>Tersimpan. Pindahkan file ini dari komputer ini, misalnya ke flashdisk.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Kunci %1 digit Anda</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>Masukkan kata sandi atau kunci Anda</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>Cadangan ini terenkripsi end-to-end. Kuncinya dibuka di sini, di komputer ini.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Cadangan yang ditemukan</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Kumpulan cadangan</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Kata sandi cadangan</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>Kode &amp;pemulihan brankas kunci</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Kode pemulihan brankas kunci</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>&amp;Alamat brankas kunci</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Alamat brankas kunci</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>Komputer ini belum pernah menggunakan brankas kunci ini</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>Alamat dan identitas brankas kunci</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>Lanjutkan hanya jika ini brankas kunci yang Anda pilih saat menyiapkan cadangan ini. Siapa pun yang dapat mengubah penyimpanan cadangan dapat membuatnya menyebut server lain, untuk mengumpulkan bukti akun Anda dan menghabiskan percobaan kata sandi Anda.</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>Ini brankas kunci yang saya pilih untuk cadangan ini</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>Konfirmasi brankas kunci</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>Cadangan yang dilindungi dengan: %1 (terbaru: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>%n cadangan ditemukan, yang terbaru: %1. Dilindungi dengan: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>Alamat: %1
Identitas (sidik jari kunci server): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>Memeriksa… (sengaja butuh beberapa detik, agar tebakan jadi lambat)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>Kode %1 digit yang ditampilkan saat brankas kunci disiapkan. Tidak diperlukan di komputer yang membuat cadangan.</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>Kunci %1 di&amp;git</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>Ubah hanya jika brankas kunci Anda pindah ke alamat baru. Brankas itu harus tetap brankas yang dipakai untuk membuat cadangan ini. Beberapa alamat dari brankas yang sama (server-servernya) dipisahkan dengan koma.</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Masukkan alamat brankas kunci (http:// atau https://), atau beberapa alamat dari brankas yang sama dipisahkan dengan koma: paling banyak %1, tidak ada yang dua kali.</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>Alamat: %1
Identitas (sidik jari kunci server): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui — Cadangan chat</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Pustaka: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>Membaca chat Anda…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>Logo backupgui</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>Chat Anda, tercadangkan dengan aman</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>Belum ada chat di komputer ini. Impor ekspor chat dari WhatsApp atau Telegram, pulihkan dari cadangan, atau coba-coba dengan chat contoh.</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Impor chat…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>Coba dengan chat c&amp;ontoh</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>Cari chat (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Cari chat</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>Sertakan &amp;video</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>Sertakan video dalam cadangan</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>Chat yang dicentang akan dicadangkan. Spasi mencentang atau menghapus centang chat saat ini; Enter membukanya.</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>Centang chat yang akan dicadangkan. Klik dua kali chat untuk membacanya.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Apakah Anda masih ingat kata sandi cadangan Anda?&lt;/b&gt; Periksa sekarang, agar Anda bisa memulihkan chat di komputer baru.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>&amp;Periksa sekarang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setelan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Cadangan</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Batalkan pencadangan</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>&amp;Enkripsi end-to-end…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>Periksa &amp;kata sandi saya…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>&amp;Nonaktifkan enkripsi…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>&amp;Cari chat</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>&amp;Buka chat</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>&amp;Muat ulang daftar chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Tampilkan &amp;log</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>&amp;Tentang backupgui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>Tidak dapat membaca chat Anda</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>Membuat chat contoh…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>Tidak dapat membuat chat contoh</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>Pencadangan selesai: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>Pencadangan dibatalkan. Cadangan sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Cadangan selesai dengan peringatan</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>Cadangan tersimpan, dengan %Ln peringatan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>Impor ekspor chat akan segera hadir.</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>Tentang backupgui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;Cadangan chat Anda yang terenkripsi end-to-end ke Google Drive atau folder.&lt;/p&gt;&lt;p&gt;Kata sandi dan kunci Anda tidak pernah keluar dari komputer ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>Pencadangan sedang berjalan</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>Hentikan pencadangan dan keluar?</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>Pencadangan berhenti dengan aman dan cadangan Anda sebelumnya tetap seperti semula. Bagian yang sudah diunggah tetap ada di tujuan, jadi pencadangan berikutnya tidak mengirimnya lagi.</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>Pemulihan sedang berjalan</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>Hentikan pemulihan dan keluar?</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>Pemulihan berhenti dengan aman; tidak ada yang diubah di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>&amp;Hentikan pemulihan dan keluar</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>&amp;Lanjutkan pemulihan</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>&amp;Hentikan pencadangan dan keluar</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>&amp;Lanjutkan mencadangkan</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>Pencadangan berhenti dengan aman. Tujuan ini belum memiliki cadangan yang lengkap; bagian yang sudah diunggah tetap di sana, jadi pencadangan berikutnya tidak mengirimnya lagi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Apakah Anda masih ingat kunci %1 digit Anda?&lt;/b&gt; Periksa sekarang, agar Anda bisa memulihkan chat di komputer baru.</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>Pencadangan dibatalkan. Belum ada cadangan yang lengkap di sini.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>Sebuah setelan di backupgui.ini tidak valid dan dikembalikan ke nilai bawaannya: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>Beberapa setelan di backupgui.ini tidak valid dan dikembalikan ke nilai bawaannya: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>Oke, mengerti</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>kind of attachment · size</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>, </source>
        <comment>separator in a list of attachments</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>kind of attachment, size</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message text (attachments)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time: text of a message without a sender</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>sender, time: message text</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>Media tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>Foto tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>Video tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>Pesan suara tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>Audio tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>Stiker tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>Dokumen tidak ada di komputer ini</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>Media tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>Foto tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>Video tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>Pesan suara tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>Audio tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>Stiker tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>Dokumen tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Pesan suara</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Stiker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Akun Terhapus</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>Seseorang</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>Peserta tidak dikenal</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>Pesan dan panggilan terenkripsi end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Pesan ini telah dihapus</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>Anda menghapus pesan ini</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Panggilan suara tak terjawab</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Panggilan video tak terjawab</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>Panggilan suara grup tak terjawab</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>Panggilan video grup tak terjawab</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>Anda ditambahkan</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>Anda dikeluarkan</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>Anda sekarang admin</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>Anda bergabung menggunakan tautan undangan grup ini</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>Kode keamanan Anda berubah</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>Kode keamanan Anda dengan %1 berubah</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>%1 mengubah nama grup menjadi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>Anda mengubah nama grup menjadi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>%1 mengubah nama grup</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>Anda mengubah nama grup</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 mengubah ikon grup ini</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>Anda mengubah ikon grup ini</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>%1 mengubah deskripsi grup</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>Anda mengubah deskripsi grup</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>%1 mengganti nomor teleponnya menjadi %2</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>%1 mengganti nomor teleponnya</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>%1 membuat grup &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>Anda membuat grup &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>%1 membuat grup ini</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>Anda membuat grup ini</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>Anda bergabung</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Anda keluar</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>%1 menambahkan Anda</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>%1 mengeluarkan Anda</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 menambahkan seorang peserta</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>Anda menambahkan seorang peserta</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 mengeluarkan seorang peserta</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>Anda mengeluarkan seorang peserta</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 menambahkan %2</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>Anda menambahkan %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 mengeluarkan %2</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>Anda mengeluarkan %2</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>%1 bereaksi %2 ke &quot;%3&quot;</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>Anda bereaksi %2 ke &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>%1 bereaksi %2</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>Anda bereaksi %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (%Ln karakter lagi tidak ditampilkan di sini)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 menghapus ikon grup ini</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>Anda menghapus ikon grup ini</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1, dan %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>%1 bergabung menggunakan tautan undangan grup ini</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>%1 bergabung</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>%1 keluar</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>%1 sekarang admin</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>%1 bergabung</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>%1 bergabung</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>%1 keluar</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>%1 keluar</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>%1 bergabung menggunakan tautan undangan grup ini</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>%1 bergabung menggunakan tautan undangan grup ini</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>%1 sekarang admin</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>%1 sekarang admin</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Panggilan suara, tidak dijawab</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Panggilan video, tidak dijawab</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Panggilan suara grup, tidak dijawab</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Panggilan video grup, tidak dijawab</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Panggilan suara, %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Panggilan video, %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Panggilan suara grup, %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Panggilan video grup, %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>Balasan untuk pesan yang tidak ada di chat ini</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>Balasan: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>Balasan untuk %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>%Ln versi lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Diedit: pesan ini punya dua versi</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Pesan ini punya dua versi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a quoted line (a note on it)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Ketik sekali lagi</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Konfirmasi kata sandi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>K&amp;onfirmasi kata sandi</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Bukan kata sandi yang umum dipakai</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Kedua isian cocok</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sangat lemah</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Minimal %1 karakter</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Tampilkan kata sandi</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Sembunyikan kata sandi</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>Tampilkan atau sembunyikan kata sandi (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Salin jalur</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>Impor dari cadangan ponsel</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>Impor seluruh riwayat WhatsApp Anda dari cadangan milik ponsel itu sendiri: msgstore.db.crypt15 dari ponsel Android (WhatsApp/Databases), atau folder cadangan iPhone yang dibuat oleh Finder atau iTunes. docs/IMPORT.md menjelaskan tempat menemukannya dan kuncinya.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Belum ada cadangan yang dipilih</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>File atau folder cadangan ponsel</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Pilih &amp;file…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>Folder &amp;cadangan iPhone…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Cadangan:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>Fi&amp;le kunci…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key, atau file bernama &quot;key&quot; dari cadangan .crypt14/.crypt12</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>Kata sandi cadangan iPhone</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>Kata sandi &amp;cadangan:</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>Opsional: folder Media WhatsApp, disalin dari ponsel</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Folder media</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Pilih f&amp;older…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Media:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>Opsional: wa.db, untuk nama kontak</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>File kontak</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontak:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>&amp;Buka cadangan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Chat dalam cadangan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>Pilih cadangan WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>Cadangan WhatsApp (*.crypt15 *.crypt14 *.crypt12 *.db);;Semua file (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>Pilih folder cadangan iPhone</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Pilih file kunci</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>File kunci: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>Pilih folder Media WhatsApp</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>Pilih wa.db</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>Database kontak (wa.db*);;Semua file (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>Mencari file media…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>Cadangan iPhone. Tekan Buka cadangan untuk membacanya.</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>Cadangan iPhone terenkripsi: masukkan kata sandinya, lalu tekan Buka cadangan.</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>Cadangan Android: masukkan kuncinya, lalu tekan Buka cadangan.</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>Database pesan Android. Tekan Buka cadangan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Membuka cadangan…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Dihentikan.</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>Periksa apa yang akan diimpor, lalu tekan Impor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>%Ln file media ditemukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>%Ln tidak ada di komputer ini (pesannya tetap disimpan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>%Ln pesan baru diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln sudah ada di pustaka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln file media ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>%Ln file tidak ada di komputer ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Impor dibatalkan; pustaka tidak berubah.</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Mendekripsi cadangan…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>Mengimpor pesan…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>Membuka kunci cadangan iPhone…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Tidak ada yang diimpor; pustaka tidak berubah.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <comment>a reason something was skipped (how many times)</comment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The key WhatsApp showed when you turned on end-to-end encrypted backup (%1 groups of %2).</source>
        <translation>Kunci yang ditampilkan WhatsApp saat Anda mengaktifkan cadangan terenkripsi end-to-end (%1 grup berisi %2).</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>&amp;Kunci %1 digit:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln pesan berbeda dari salinan di pustaka (keduanya disimpan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>Memulihkan chat Anda</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>Anda tetap bisa memakai komputer. Jika dibatalkan, tidak ada yang berubah di komputer ini.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>Pemulihan tidak selesai</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Tidak ada yang berubah di komputer ini.</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Pemulihan dibatalkan</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>Ruang kosong di komputer ini tidak cukup</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>Ruang kosong tidak cukup</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>Tidak ada yang diunduh atau diubah di komputer ini.</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>Pemulihan ini memerlukan sekitar %1 di disk yang menyimpan pustaka chat (%3); di sana tersedia %2.</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>Kosongkan sebagian ruang di disk itu lalu pilih Coba lagi, atau kembali dan pilih lebih sedikit chat. Untuk memulihkan ke pustaka chat di disk lain, jalankan backupgui dengan --library dan sebuah folder di disk itu.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progres pemulihan</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>Progres pencadangan</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>Byte selesai, kecepatan, dan sisa waktu</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%1 dari %Ln chat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1 · dijeda</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>sekitar %1 lagi</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Memproses…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>Dijeda — tidak ada yang sedang dibaca atau dikirim.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>Berhenti dengan aman; cadangan sebelumnya tetap seperti semula.</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>Berhenti dengan aman; yang sudah diunggah tetap disimpan untuk pencadangan berikutnya.</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive sedang tidak berfungsi. Mencoba lagi (percobaan %1 dari %2)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive tidak dapat dijangkau: periksa koneksi internet. Mencoba lagi (percobaan %1 dari %2)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Bat&amp;al</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>Berhenti dengan aman; chat di komputer ini tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turun</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Detail...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Detail...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk Se&amp;mua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Gugurkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>Pulihkan chat dari cadangan</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>&amp;Cari cadangan</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>Riwayat satu tahun (disarankan)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>Tidak ada: hanya cadangan terbaru</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Khusus</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>Cadangan lama yang disimpan</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>Cadangan &amp;yang lebih lama:</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>Satu per &amp;hari, selama:</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>Satu per &amp;minggu, selama:</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>Satu per &amp;bulan, selama:</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>Satu per &amp;tahun, selama:</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>Cadangan yang bisa Anda pulihkan</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> hari terakhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> minggu terakhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> bulan terakhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> tahun terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>Cadangan berbagi bagian yang tidak berubah, jadi riwayat yang lebih panjang hanya perlu sedikit ruang tambahan.</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln minggu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln tahun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>Anda dapat kembali ke mana saja dari %1 terakhir, dan ke setiap %Ln cadangan terbaru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>Anda hanya dapat kembali ke %Ln cadangan terbaru: chat yang terhapus tanpa sengaja tidak ada lagi di satu pun setelah %Ln cadangan berikutnya dibuat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>Hapus kunci lama…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>Hapus kunci lama</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>Hapus kunci lama di brankas kunci</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>Brankas kunci di %1 masih menyimpan kunci cadangan yang sudah diganti (oleh kunci baru atau perubahan perlindungan). Siapa pun yang menyimpan salinan cadangan lama itu dapat membukanya di sana dengan kata sandi lama. Masukkan kata sandi lama untuk menghapus kunci itu; kata sandi tidak disimpan.</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>Kata sandi &amp;lama</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>Kata sandi lama</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Kode pemulihan brankas kunci</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Kode pemulihan brankas kunci</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>&amp;Hapus kunci lama</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>Menghapus kunci lama di brankas kunci…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>Brankas kunci sudah tidak menyimpan kunci lama: tidak ada lagi yang perlu dihapus.</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>Kunci lama telah dihapus di brankas kunci. Salinan cadangan lama yang disimpan tidak dapat dibuka lagi di sana.</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>Komputer ini tidak dapat menggunakan brankas kunci sendiri. Masukkan kode pemulihan yang Anda simpan saat menyiapkan brankas kunci, beserta kata sandi lama.</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>Kunci lama tetap tercantum di sini: coba lagi nanti.</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>Kunci lama tidak dapat dihapus</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>Dihentikan. Kunci lama masih ada di brankas kunci; Anda dapat mencoba lagi.</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: terpenuhi</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: belum terpenuhi</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Jadwal pencadangan</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Jadwal tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Cadangkan otomatis</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>Cadangkan &amp;otomatis:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>Pada &amp;jam:</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>Pada &amp;hari:</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>Pada bulan yang lebih pendek, pencadangan berjalan pada hari terakhir.</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>Pada &amp;tanggal:</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>Cadangkan juga saat memakai koneksi &amp;terukur (data seluler, hotspot)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Berapa pun</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>Saat memakai baterai, tunggu hingga pengisi daya terpasang jika baterai di bawah tingkat ini.</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>Saat memakai baterai, hanya &amp;di atas:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>&amp;Beri tahu saya saat pencadangan berhasil (kegagalan selalu ditampilkan)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>&amp;Jalankan backupgui saat saya masuk (di baki)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>Pencadangan otomatis berjalan selama backupgui ada di baki sistem. Pencadangan yang terlewat berjalan segera setelah komputer aktif kembali.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>Desktop ini tidak menampilkan baki sistem, jadi pencadangan otomatis hanya berjalan selama jendela backupgui terbuka. Pencadangan yang terlewat berjalan segera setelah Anda membukanya.</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>&amp;Jalankan backupgui saat saya masuk</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>Nonaktif (hanya saat saya klik &quot;Cadangkan&quot;)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>hari ini pukul %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>besok pukul %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>kemarin pukul %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1 pukul %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>koneksi terukur (pencadangan dengan koneksi terukur dinonaktifkan)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>baterai berada di %1%, di bawah %2%</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>tidak ada koneksi internet</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>pencadangan lain sedang berjalan</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Pencadangan sudah berjalan</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Tunggu hingga selesai, atau batalkan dulu.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Pencadangan otomatis nonaktif</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>Pencadangan berikutnya: menunggu, karena %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>Pencadangan berikutnya: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Pencadangan dilewati</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>Pencadangan otomatis tidak berjalan karena %1. Pencadangan akan berjalan pada jadwal berikutnya, atau Anda dapat memilih Cadangkan sekarang.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln chat, %1, dalam %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>Chat Anda sudah dicadangkan.</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Pencadangan selesai</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>Kesalahan tak terduga menghentikan pencadangan (%1). Detailnya ada di log.</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>Pencadangan memerlukan kata sandi Anda</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>backupgui akan mencoba lagi %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Buka backupgui dan klik Cadangkan untuk memasukkan kata sandi atau kunci %1 digit Anda.</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>Kunci lama masih ada di brankas kunci</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>Klik di sini untuk menghapusnya dengan kata sandi lama.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (dan %Ln peringatan lainnya)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Cadangan selesai dengan peringatan</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>komputer lain (%1) sedang menggunakan set cadangan</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>set cadangan berisi lebih banyak objek kunci daripada yang dibuat oleh komputer yang mencadangkan</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>Komputer lain sedang menggunakan set cadangan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setelan</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Tempat menyimpan cadangan</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>Sebuah &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>Misalnya flashdisk atau folder yang disinkronkan</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>Cadangan disimpan di folder aplikasi tersembunyi di Drive Anda yang hanya dapat dilihat backupgui.</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (segera hadir)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Pencadangan</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Nama komputer ini</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>Sertakan &amp;video</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Cadangan yang disimpan</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>&amp;Nama komputer ini:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Simpan yang terakhir:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Alamat brankas kunci</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Tingkat log</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>Tingkat &amp;log:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Bahasa sistem (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>backupgui menampilkan bahasa baru setelah Anda memulainya ulang.</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> cadangan</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>Pilih folder untuk cadangan Anda.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>Masuk ke Google Drive terlebih dahulu, atau pilih folder.</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>Folder tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 adalah file, bukan folder. Pilih folder untuk cadangan.</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>Drive cadangan tidak terhubung: hubungkan drive yang berisi %1, atau pilih folder lain.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>Masukkan jalur lengkap folder (misalnya /home/anda/Cadangan), atau klik Telusuri.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 tidak ada, begitu juga folder tempatnya berada. Pilih folder yang sudah ada, atau hubungkan drive yang berisi folder itu.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Buat folder?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>Folder %1 belum ada.</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>Buat di %1?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>&amp;Buat folder</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Folder tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>B&amp;rankas kunci:</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>backupgui tidak bisa menulis ke %1 (drive hanya-baca atau folder itu bukan milik Anda). Pilih folder lain.</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>Salinan backupgui ini tidak bisa masuk ke Google Drive sendiri: gunakan klien Google Cloud Anda sendiri atau emulator Drive (di atas), atau pilih folder.</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>Setelan dan log disimpan di sini. Kata sandi dan kunci tidak pernah disimpan di sini.</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>File setelan:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>Folder log:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>Masuk ke Google Drive</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Selesaikan proses masuk di browser Anda</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>Browser Anda menampilkan halaman masuk Google. Masuk di sana dan pilih Izinkan, lalu kembali ke sini.</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Jika tidak ada jendela browser yang terbuka, salin tautan ini ke browser Anda:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>Menyiapkan tautan masuk…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Tautan masuk</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Salin tautan</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Buka browser lagi</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status masuk</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>Browser tidak dapat dibuka: salin tautan ke browser Anda.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>Menunggu Anda selesai masuk… (sisa %1)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>Gagal masuk ke Google</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>Proses masuk tidak selesai</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Tautan disalin. Tempelkan ke bilah alamat browser Anda.</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>Browser Anda menampilkan halaman masuk emulator Drive. Pilih Izinkan di sana, lalu kembali ke sini.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Kekuatan kata sandi</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>Chat Anda sudah kembali</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>Buka sebuah chat untuk melihat bahwa semuanya ada.</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>&amp;Terus cadangkan ke tujuan ini dari komputer ini</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>Mengingat tujuan dan menyimpan kunci cadangan di penyimpan kunci komputer ini</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>&amp;Buka chat yang dipulihkan</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln chat&lt;/b&gt; dipulihkan dalam %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>Pesan: %1 ditambahkan, %2 sudah ada di sini.</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>File media: %1 dipulihkan, %2 sudah ada di sini.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>%Ln file media tidak ada dalam cadangan (misalnya video yang tidak disertakan).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>Anda masih masuk ke Google Drive sebagai %1 di komputer ini. Jika komputer ini bukan milik Anda, lupakan akun ini sebelum pergi.</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Drive: %1 telah dilupakan di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <comment>a restored chat&apos;s name</comment>
        <translation>&amp;Buka %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Batalkan pencadangan</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>Pencadangan berikutnya: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Jadwal pencadangan…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Riwayat pencadangan…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Tampilkan jendela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>backupgui — %1</source>
        <translation>backupgui — %1</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>Where are your backups?</source>
        <translation>Di mana cadangan Anda?</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>Pilih folder atau akun Google Drive tempat Anda mencadangkan.</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>Sebuah &amp;folder (flashdisk, folder bersama di jaringan, …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>Folder yang berisi cadangan Anda</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (segera hadir)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Pilih folder cadangan</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Mencari cadangan…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Tidak ada chat yang dipilih untuk dicadangkan.</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>Centang chat yang ingin Anda cadangkan, atau gunakan Pilih semua.</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>Ubah di Setelan.</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>Catatan brankas kunci cadangan ini dapat dibuat lebih aman.</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>Tujuan ini berisi cadangan yang berbeda dari cadangan yang dipakai komputer ini.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Kunci cadangan tidak tersimpan di komputer ini.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>Jumlah cadangan yang disimpan harus minimal %1.</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>Ini cadangan pertama ke tujuan ini. Pilih kata sandi atau kunci %1 digit yang akan melindunginya di sini.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 milik pengguna lain; hapus lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>%1 berubah saat sedang dibaca.</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>%1 berisi view atau trigger yang mencoba menjalankan sesuatu; file ini ditolak.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>%1 tidak berisi nama kontak (wa_contacts).</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>%1 berisi database yang lebih besar dari %2 GiB; ditolak.</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>%1 berisi nilai lebih dari %2 MiB; ditolak.</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>%1 tidak berisi file teks chat (.txt); ini bukan ekspor WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>%1 tidak berisi result.json; ini bukan ekspor Telegram Desktop (pilih format JSON saat mengekspor).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 adalah file, bukan folder.</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 adalah folder tetapi bukan cadangan iPhone (tidak ada Manifest.db).</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 adalah file zip yang tidak lengkap: bagian akhirnya hilang.</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 terpotong (berakhir di tengah header-nya).</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 rusak: kuncinya benar, tetapi file gagal dalam pemeriksaan autentikasinya.</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 kosong; tidak berisi pesan.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 bukan file cadangan WhatsApp (.crypt15, .crypt14, .crypt12) maupun folder cadangan iPhone.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 bukan ekspor WhatsApp (tidak ada file chat .txt) maupun ekspor Telegram (tidak ada result.json).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1 bukan database kontak WhatsApp (wa.db atau ContactsV2.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1 bukan database kontak WhatsApp (wa.db).</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 bukan ekspor Telegram: %2 (baris %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 bukan ekspor chat WhatsApp: baris %2 tidak diawali tanggal dan waktu (%3).</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 bukan folder; hapus lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 bukan alamat web (http:// atau https://).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 bukan database SQLite.</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 bukan folder cadangan iPhone.</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 dilindungi kata sandi; ekspor ulang chat tanpa kata sandi.</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 terlalu besar untuk menjadi file kunci WhatsApp.</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>%1 terbuka dengan kunci ini tetapi tidak berisi database pesan (WhatsApp juga mencadangkan media dan setelan dengan cara ini).</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>%1 terbuka dengan kunci ini tetapi isinya rusak atau terpotong.</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>Sebuah file lebih besar dari yang diizinkan disk atau akun ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>Di sini diperlukan file kunci, bukan kuncinya langsung; simpan kunci ke dalam file, atau gunakan BACKUPGUI_WHATSAPP_KEY.</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>Alamat brankas kunci diperlukan untuk melindungi cadangan dengan brankas.</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>Tidak dapat membuat folder kerja pribadi di %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>Tidak dapat menyiapkan folder %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>Tidak dapat membaca %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Tidak dapat membaca file kunci %1: %2.</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>Periksa kata sandi atau kunci, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>Pilih folder atau Google Drive sebagai tujuan.</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>Pilih tingkat log.</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>Pilih msgstore.db.crypt15 (atau .crypt14 / .crypt12) dari folder WhatsApp/Databases di ponsel, atau folder cadangan iPhone yang dibuat oleh Finder atau iTunes.</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>Pilih file .txt atau .zip dari &quot;Ekspor chat&quot; di WhatsApp, atau result.json dari Telegram Desktop.</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>Tutup jendela atau perintah backupgui yang lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>Salin ulang file dari ponsel; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>Buat klien OAuth berjenis &quot;Aplikasi desktop&quot; (bukan &quot;Aplikasi web&quot;).</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>Membuat kunci baru</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>Mengenkripsi dan mengunggah</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>Kosongkan sebagian ruang disk, lalu coba lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>Beri nama komputer ini.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>Google Drive tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>Google Drive tidak menerima login yang tersimpan (sudah kedaluwarsa atau dicabut).</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>Google tidak menerima login yang tersimpan (kedaluwarsa atau dicabut).</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>Google tidak memberi backupgui akses tetap ke Google Drive.</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>Pasang atau buka penyimpanan kata sandi (GNOME Keyring, KWallet, Keychain macOS, Windows Credential Manager), atau masuk hanya untuk sesi ini.</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>Nama objek tidak valid: %1.</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>Ini adalah kata sandi yang dipilih di Finder atau iTunes untuk &quot;Enkripsi cadangan lokal&quot;, bukan kode sandi ponsel atau kata sandi Apple ID.</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>Manifest.plist terlalu besar untuk sebuah cadangan iPhone.</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>Tidak ada browser web yang bisa dibuka untuk masuk ke Google.</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>Belum masuk ke Google Drive.</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>Mengemas pesan</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>Membaca indeks cadangan</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>Pembacaan ekspor berhenti secara tak terduga (pengurai keluar dengan kode %1).</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>Hapus akses backupgui di setelan Akun Google Anda, lalu masuk lagi.</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Menghapus cadangan lama</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>Memulihkan media</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>Memulihkan pesan</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>Menyimpan kunci di komputer ini</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>Masuk dari aplikasi terlebih dahulu, atau setel BACKUPGUI_DRIVE_TOKEN.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>Masuk ke Google Drive lagi.</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>Beberapa baris %1 yang ditambahkan merujuk ke baris yang tidak ada.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>File klien OAuth Google %1 tidak ada.</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>Kunci WhatsApp hanya berisi angka 0-9 dan huruf a-f; teks yang diberikan berisi karakter lain.</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>Periksa tujuan cadangan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>Periksa drive (mungkin terputus atau rusak), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>Periksa jalurnya, atau hubungkan drive yang berisi jalur itu.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Pilih folder untuk cadangan.</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>Pilih folder milik Anda, atau ubah izin folder tersebut.</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>Hubungkan drive yang berisi %1, atau pilih folder lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>Unduh JSON klien Aplikasi desktop dari konsol Google Cloud (lihat docs/DRIVE.md) lalu pilih lagi.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>Masukkan kata sandi cadangan.</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>Kosongkan ruang di tujuan cadangan atau pilih tujuan lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>Google Drive tidak menerima token akses di %1 (token salah atau sudah kedaluwarsa).</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>Mungkin proses unduh atau salinnya belum selesai. Ekspor atau salin chat lagi, lalu impor file yang baru.</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>Alamatnya harus menggunakan https (atau http di komputer ini).</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>Tidak ada folder cadangan di %1.</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>Menghapus kumpulan cadangan lama</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>Setel %1 ke token akses yang valid, atau hapus variabel itu untuk memakai proses masuk yang disimpan aplikasi.</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>Masuk lagi dan pilih Izinkan untuk mencadangkan ke Google Drive.</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>Masuk dari aplikasi, yang menampilkan tautan untuk disalin.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>Klien OAuth Google di %1 memiliki %2 yang tidak aman.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>Klien OAuth Google di %1 bukan untuk Aplikasi desktop.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>Klien OAuth Google di %1 tidak memiliki %2.</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>Proses masuk Google tidak selesai dalam %1.</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>Proses masuk Google dibatalkan.</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>Drive cadangan tidak terhubung.</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>Cadangan tidak memiliki chat dengan id %1.</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>Cadangan berisi pesan satu chat untuk %1 sebanyak dua kali.</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>Manifes cadangan %1 bukan milik tempat ini.</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>Cadangan mungkin telah diubah atau sebagian dihapus. Simpan cadangan ini dan buat cadangan baru.</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>Objek cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>Objek cadangan %1 hilang.</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>Manifest.plist pada cadangan rusak.</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>Catatan brankas kunci pada cadangan rusak.</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>Slot kata sandi pada cadangan rusak.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>Cadangan rusak: %1.</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>%1 menulis tanggalnya tanpa tahun, dan tidak ada apa pun di dalamnya yang menunjukkan tahunnya.</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: tidak ada pesannya yang dapat dibaca (baris %2: %3).</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>Chat yang digabungkan dengan chat yang diimpor dari ekspor: %1.</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>Tanggal yang ditulis tanpa tahun dibaca sebagai tahun %1 atau sesudahnya, tahun setelah tahun terakhir yang ada di ekspor; periksa tanggal tersebut.</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>Impor file .zip sebagaimana dibuat oleh WhatsApp (tanggalnya menunjukkan tahunnya), bukan file .txt yang diambil darinya.</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>Manifes cadangan %1 menunjuk blob file lain untuk sebuah file media.</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>Chat %1 tidak memiliki pesan yang disimpan untuk %2.</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>Pustaka chat sedang digunakan oleh program lain.</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>Chat digabungkan dengan chat yang sama yang diimpor dari cadangan ponsel.</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>Komputer memakai baterai di %1%, di bawah %2%.</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>Koneksi terukur (misalnya hotspot seluler), dan pencadangan dengan koneksi terukur dinonaktifkan.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>Tanggal bisa diawali hari atau bulan; tanggal dibaca sebagai hari/bulan/tahun.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>Tanggal bisa diawali hari atau bulan; tanggal dibaca sebagai bulan/hari/tahun.</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>Disk penuh saat memulihkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>Disk penuh saat mendekripsi cadangan ponsel.</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>Drive dipasang hanya-baca atau dilindungi dari penulisan: buka kuncinya atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>Tugas dibatalkan.</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>Kunci tidak membuka cadangan ini (filenya sendiri utuh: checksum-nya benar).</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>Kunci tidak membuka cadangan ini, atau filenya rusak (checksum-nya juga tidak cocok).</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>Kunci yang dikembalikan brankas tidak dapat mendekripsi; kunci itu mungkin rusak.</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>Alamat brankas kunci bukan URL http(s).</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>Brankas kunci sudah memiliki kunci dengan pengenal ini.</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>Brankas kunci menjawab dengan kunci server yang berbeda; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>Brankas kunci di %1 tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>Brankas kunci di %1 menolak permintaan (HTTP %2).</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>Brankas kunci tidak mengizinkan pengikatan ke akun.</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>Brankas kunci tidak mengizinkan perubahan kata sandi.</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>Brankas kunci tidak mengonfirmasi penghapusan.</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>Brankas kunci tidak menerima akun Google; pilih cadangan ke folder atau brankas lain.</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>Brankas kunci gagal membuktikan identitasnya; tidak ada yang diberikan.</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>Brankas kunci mendapati catatan tersimpannya telah diubah atau rusak.</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>Brankas kunci sedang membatasi permintaan; coba lagi dalam %1 detik.</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>Brankas kunci memerlukan bukti akun cadangan ini untuk mencatat jumlah cadangannya.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>Catatan brankas kunci untuk cadangan ini sudah terikat ke sebuah akun.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>Catatan brankas kunci untuk cadangan ini terikat ke jenis akun yang berbeda dari yang disebutkan setelannya.</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>Brankas kunci menolak akun Google ini: kunci cadangan terikat ke akun lain. Masuk ke Google Drive dengan akun yang membuat cadangan.</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>Brankas kunci menolak kredensial perangkat komputer ini dan kode pemulihannya. Periksa kode pemulihan.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>Brankas kunci mengirim catatan urutan cadangan yang tidak valid.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>Brankas kunci mengirim respons pendaftaran yang tidak valid.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>Brankas kunci mengirim respons yang tidak valid (%1 tidak ada).</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>Brankas kunci mengirim respons yang tidak valid (%1).</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>Catatan urutan cadangan di brankas kunci milik kumpulan cadangan lain.</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>Catatan urutan cadangan di brankas kunci tidak ditandatangani dengan kunci cadangan ini.</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>Kunci server brankas kunci bukan yang diharapkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>Pustaka tidak memiliki chat dengan id %1.</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>Kata sandi tidak membuka cadangan iPhone ini (daftar filenya tidak dapat didekripsi).</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>Kata sandi tidak membuka cadangan iPhone ini.</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>Kata sandi tidak benar untuk cadangan ini.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Kata sandi harus memiliki minimal %1 karakter.</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>Login Google yang tersimpan milik klien OAuth lain.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>Setelan brankas cadangan ini rusak.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>Setelan brankas cadangan ini tidak lengkap atau rusak.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Tidak ada cadangan %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Tidak ada cadangan di %1.</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>Tidak ada set cadangan %1 di %2.</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>Tidak ada pustaka chat di %1.</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>Tidak ada chat dengan id %1.</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>Tidak ada koneksi internet.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>Cadangan ini dilindungi kata sandi yang disimpan di brankas kunci.</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>Cadangan ini menyebut brankas kunci yang belum pernah digunakan komputer ini: %1 (identitas %2). Tidak ada yang dikirim ke sana. Lanjutkan hanya jika ini brankas kunci yang Anda pilih saat menyiapkan cadangan ini: siapa pun yang dapat mengubah penyimpanan cadangan dapat membuatnya menyebut server miliknya sendiri.</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>Pustaka chat ini dibuat oleh versi backupgui yang lebih baru.</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>Salinan backupgui ini tidak punya fitur masuk Google bawaan.</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>Database ini memiliki lebih dari %1 chat; ditolak.</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>Database ini memiliki terlalu banyak chat; ditolak.</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>Database ini bukan database pesan WhatsApp (msgstore.db): tidak ada tabel pesan.</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>Cadangan iPhone terenkripsi ini tidak memiliki kunci yang dapat digunakan (Manifest.plist).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>File ini bukan cadangan WhatsApp (header-nya tidak dapat dibaca).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>File ini bukan cadangan WhatsApp (tidak ada header).</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>File ini terlalu pendek untuk menjadi cadangan WhatsApp.</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>Manifest.db di folder ini bukan milik cadangan iPhone.</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>Cadangan iPhone ini tidak berisi pesan WhatsApp (tidak ada ChatStorage.sqlite di domain WhatsApp).</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>Cadangan iPhone ini terenkripsi: kata sandinya diperlukan.</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>Ini terlalu panjang untuk sebuah kunci cadangan atau file kunci.</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>Ini bukan database WhatsApp di iPhone (ChatStorage.sqlite).</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>File kunci ini milik cadangan lain (salt server-nya berbeda dari yang dipakai saat cadangan ini dibuat).</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>File kunci ini rusak (pemeriksaan internalnya gagal).</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>File kunci ini rusak atau bukan buatan WhatsApp.</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>File kunci ini berversi yang tidak dikenal backupgui.</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>Brankas kunci ini tidak menerima akun Google, yang dipakai cadangan Google Drive untuk melindungi percobaan kata sandi.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>Brankas kunci ini terlalu lama: tidak dapat mengikat kunci cadangan ke akun, sehingga siapa pun yang memegang cadangan bisa menghabiskan percobaan kata sandinya. Perbarui brankas.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Kata sandi ini terlalu umum; pilih yang lebih sulit ditebak.</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>Untuk melanjutkan, konfirmasi brankas, atau jalankan lagi perintah dengan --trust-vault (atau berikan alamat brankas dengan --vault URL).</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>Untuk tetap memulihkan cadangan yang lebih lama, konfirmasikan di jendela pemulihan, atau sebutkan dengan --backup lalu tambahkan --accept-rollback.</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>Coba lagi. Jika tidak ada jendela browser yang terbuka, salin tautan masuk ke browser Anda.</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>Coba masuk lagi.</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>Ketik seperti yang ditampilkan saat brankas kunci disiapkan; spasi dan tanda hubung diabaikan.</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>Format ekspor tidak dikenal: %1; gunakan &apos;whatsapp&apos; atau &apos;telegram&apos;.</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>Membuka kunci cadangan</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>Membuka kunci cadangan iPhone</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>Gunakan klien Google Cloud Anda sendiri: Setelan → Google Drive → &quot;Gunakan klien Google Cloud Anda sendiri…&quot; (langkah-langkahnya ada di docs/DRIVE.md), atau coba emulator Drive.</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>Anda tidak mengizinkan backupgui menggunakan Google Drive.</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>Sebuah file media di pustaka rusak dan dilewati (%1).</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>Sebuah file media tidak ada di pustaka (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>Set cadangan %1 tidak dapat dibuka dengan kunci atau kata sandi ini; set itu diabaikan.</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Cadangan lama tidak dapat dihapus kali ini (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Brankas kunci tidak dapat mencatat cadangan ini sebagai yang terbaru, jadi pemulihan di komputer lain tidak dapat mengetahui apakah penyimpanan cadangan telah dikembalikan ke versi lama (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>Catatan brankas kunci untuk cadangan ini dibuat sebelum pengikatan akun: siapa pun yang memiliki salinan cadangan dapat menghabiskan percobaan kata sandinya. Jalankan satu pencadangan dengan kata sandi (backupgui-cli backup) untuk mengikatnya ke akun Anda (docs/VAULT.md 1.6).</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>chat yang id-nya bukan id WhatsApp</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>pesan yang bukan objek JSON</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>lampiran %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>data biner</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>chat yang tidak ada di daftar chat basis data</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>tanggal atau waktu tidak valid (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>baris %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>pesan %1 (baris %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>pesan jenis yang tidak dapat ditampilkan backupgui (panggilan, polling, pembayaran...)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>pesan tanpa tanggal yang valid</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>tidak ada tanggal yang terbaca</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>bukan teks UTF-8 yang valid</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>pembaruan status (bukan chat)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>pemberitahuan sistem jenis yang tidak ditampilkan backupgui</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>teks sebelum pesan pertama</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>sisa file tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>penanda AM/PM tidak dikenal pada waktu</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>jenis pesan tidak dikenal %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>Cadangan ini dibuat oleh versi backupgui yang lebih baru (pesannya dalam format versi %1), yang tidak dapat dibaca versi ini.</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>Perbarui backupgui ke versi terbarunya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 bukan ekspor chat WhatsApp: baris %2 berisi data biner.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 bukan ekspor chat WhatsApp: baris %2 bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>Cadangan ini dibuat oleh versi backupgui yang lebih baru (paketnya %1 dalam format versi %2), yang tidak dapat dibaca versi ini.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menghubungkan</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Menyelesaikan</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Menyiapkan</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Memverifikasi</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>Brankas kunci menolak kredensial perangkat komputer ini dan kode pemulihannya. Jika brankas kunci cadangan ini disiapkan oleh versi backupgui yang lebih lama, brankas kunci harus diperbarui dulu: versi ini tidak pernah mengirim kredensial maupun kodenya.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>Brankas kunci ini terlalu lama: tidak dapat memeriksa kredensial komputer ini atau kode pemulihan tanpa menerimanya, dan aplikasi ini tidak pernah mengirimnya. Tidak ada yang dikirim. Perbarui brankas kunci.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>Cadangan ini dibuat oleh versi backupgui yang lebih baru (indeksnya %1 dalam format versi %2), yang tidak dapat dibaca versi ini.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>Cadangan ini dibuat oleh versi backupgui yang lebih baru (snapshot-nya %1 dalam format versi %2), yang tidak dapat dibaca versi ini.</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>paket %1 tidak ada di indeks mana pun dan dibuat oleh versi backupgui yang lebih baru (format versi %2): perbarui backupgui sebelum pencadangan berikutnya</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>Folder cadangan hilang.</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>Folder cadangan penuh.</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>Folder cadangan hanya-baca.</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>backupgui hanya membuat folder cadangan itu sendiri, tidak pernah folder di atasnya: periksa jalurnya, atau sambungkan drive yang memuatnya.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>backupgui tidak diizinkan menulis ke folder cadangan.</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>Sambungkan drive yang memuatnya, atau pilih lagi folder cadangan.</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>Kosongkan ruang di drive yang memuat folder cadangan, atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>Brankas kunci hanya mengizinkan akun Google pemilik cadangan ini mencoba kata sandinya. Masuk ke Google Drive (dengan akses ke identitas akun Anda), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>Brankas kunci hanya mengizinkan perangkat cadangan ini mencoba kata sandinya. Di komputer baru, masukkan kode pemulihan yang Anda simpan saat menyiapkan brankas kunci.</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>Unggahan ke Google Drive lebih dulu ditulis ke folder cache komputer ini: kosongkan sebagian ruang disk di sana (atau setel BACKUPGUI_DRIVE_SPOOL), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>Tunggu sampai selesai atau batalkan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>Keluarkan chat ini dari pencadangan, atau hapus sebagian pesannya pada bulan itu, lalu cadangkan lagi.</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>set cadangan %1 tidak dapat dibuka dengan kunci atau kata sandi ini; diabaikan</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>paket %1 tidak ada di indeks mana pun (sisa pencadangan yang terputus; pencadangan berikutnya akan mengambilnya)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>paket %1 tidak ada di indeks mana pun dan tidak lolos autentikasi; diabaikan</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>objek tidak dikenal %1 (bukan nama backupgui)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>objek tidak dikenal %1 (bukan nama backupgui); diabaikan</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>Membuat kumpulan cadangan</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>Periksa kunci, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>Periksa kata sandi, lalu coba lagi.</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>Sebuah file cadangan ini tidak ada di Google Drive.</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>Cadangkan lagi: bagian yang rusak dikirim ulang.</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Periksa koneksi internet, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>Tidak dapat menulis ke folder cache untuk unggahan ke Google Drive.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>Google Drive tidak dapat dijangkau; berhenti setelah %1 percobaan.</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>Google Drive memberi jawaban yang tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>Google Drive terus memutus sebuah unggahan.</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>Google Drive terus gagal; berhenti setelah %1 percobaan.</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>Google Drive menolak permintaan.</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>Google Drive menolak memberikan detail akun.</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>Google Drive menolak login.</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>Sebagian cadangan ini sampai di Google Drive dalam keadaan rusak.</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>Google menolak login.</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>Login Google gagal.</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>Folder cache untuk unggahan ke Google Drive penuh.</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>Unggahan ke Google Drive ini sudah selesai.</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>Coba lagi nanti, atau masuk ke Google Drive lagi.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>Coba lagi nanti. Jika Google Drive terus menolak, masuk lagi; log berisi jawaban Google.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>Google Drive menjawab terlalu lambat.</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>Google tidak menjawab proses masuk tepat waktu.</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>Brankas kunci di %1 menjawab terlalu lambat.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>Google Drive menjawab terlalu lambat: tidak ada jawaban yang lengkap dalam batas waktunya; berhenti setelah %1 percobaan.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 terenkripsi: berikan kunci %2 digit (atau file kunci) yang membukanya.</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>Cadangan .crypt15 dibuka dengan kunci %1 digit (atau file encrypted_backup.key); cadangan .crypt14 atau .crypt12 dengan file %2 byte bernama &quot;key&quot;.</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>Kunci cadangan terdiri dari %1 karakter 0-9 dan a-f; spasi dan tanda hubung diabaikan.</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>Kunci cadangan terdiri dari %1 digit; kunci ini memiliki %2.</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>Kode pemulihan brankas kunci terdiri dari %1 digit 0-9 dan a-f (%2 grup berisi %3); teks ini bukan kode pemulihan.</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>Periksa kunci %1 digit (WhatsApp hanya menampilkannya saat Anda mengaktifkan cadangan terenkripsi end-to-end) atau pilih file kunci milik cadangan ini.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Simpan antara %1 dan %2 cadangan.</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>Tidak ada kunci cadangan %1 digit di teks atau file ini.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Buka backupgui dan klik Cadangkan untuk memasukkan kata sandi atau kunci %1 digit Anda.</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>Beralih ke kunci %1 digit akan menampilkan kunci cadangan itu sendiri; kunci itu tidak dapat diganti.</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>Kunci %1 digit tidak benar untuk cadangan ini.</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>Kunci WhatsApp terdiri dari %1 digit; teks yang diberikan memiliki %2.</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>Kunci WhatsApp harus %1 byte (%2 digit).</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>Brankas kunci memusnahkan kunci cadangan ini setelah terlalu banyak kata sandi salah. Kata sandi tidak bisa lagi membuka cadangan ini; hanya kunci %1 digitnya yang bisa, jika Anda menyimpannya.</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>Identitas brankas kunci (kunci server) berbeda dari yang dipakai saat cadangan ini dibuat. Tidak ada yang dikirim; periksa alamat brankas atau pulihkan dengan kunci %1 digit.</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>Setelan Argon2id kata sandi di luar batas: paling banyak %1 MiB memori, %2 putaran, dan %3 jalur.</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>Kode pemulihan terdiri dari %1 digit dalam %2 grup.</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>Cadangan ini dilindungi kunci %1 digit; masukkan kuncinya.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>Cadangan ini dilindungi kata sandi dengan brankas kunci, bukan kunci %1 digit.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>Cadangan ini dilindungi kata sandi, bukan kunci %1 digit atau brankas.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>Cadangan ini dilindungi kata sandi, bukan kunci %1 digit.</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>File ini bukan kunci WhatsApp: bukan file kunci maupun teks yang berisi kunci %1 digit.</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>Ini adalah cadangan %1: dibuka dengan file %2 byte bernama &quot;key&quot; dari ponsel, bukan dengan kunci %3 digit.</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>Ini adalah cadangan .crypt15 (terenkripsi end-to-end): dibuka dengan kunci %1 digit atau file encrypted_backup.key, bukan dengan file kunci cadangan lama.</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>File kunci ini berukuran %1 byte; milik WhatsApp berukuran %2 (encrypted_backup.key) atau %3 (key).</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>Teks ini berisi lebih dari satu kunci %1 digit; gunakan hanya kunci cadangan.</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>waktu mustahil %1:%2 pada jam %3 jam</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>Jika Anda sendiri yang menghapus cadangan baru, buat kunci baru (Kata sandi baru dan kunci cadangan baru, atau backupgui-cli key rotate): cadangan dibuat di set baru dan set lama dihapus.</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>Paket yang tercantum di indeks cadangan tetapi hilang dari tujuan: %1. Isinya dikirim ulang.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>Set cadangan ini (%1) telah diganti dengan kunci baru di komputer ini (oleh set %2), tetapi tujuan menawarkannya lagi dan bukan set yang baru: penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan baru telah dihapus.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>Set cadangan ini (%1) telah diganti dengan kunci baru di komputer ini (oleh set %2), tetapi tujuan menawarkannya lagi dan bukan set yang baru: penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan baru telah dihapus. Tidak ada yang dicadangkan ke set lama.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Mengunggah</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>Membaca daftar chat cadangan</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>Cadangan ini mencantumkan lebih banyak chat daripada yang dapat ditampilkan backupgui sekaligus; cadangan ini mungkin telah diubah orang lain. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>%1 berisi beberapa file .txt; pilih salah satunya: %2.</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>Kosongkan setidaknya %1 di Google Drive (lebih banyak untuk pencadangan berikutnya) atau beli penyimpanan tambahan, lalu cadangkan lagi.</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>Kosongkan ruang di Google Drive atau beli penyimpanan tambahan, lalu cadangkan lagi.</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>Google Drive penuh (%1 dari %2 terpakai).</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>Google Drive penuh (%1 terpakai).</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>Google Drive penuh.</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>Google Drive penuh: bagian berikutnya dari cadangan ini memerlukan %1 (%2 terpakai).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>Google Drive penuh: bagian berikutnya dari cadangan ini memerlukan %1 dan hanya %2 yang kosong (%3 dari %4 terpakai).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>Google Drive penuh: bagian berikutnya dari cadangan ini memerlukan %1.</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>Tidak ada cadangan di %1 yang terautentikasi dengan kunci ini (%2).</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>Tidak ada cadangan di %1 yang terautentikasi dengan kunci ini.</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Tidak ada layanan keyring yang tersedia di sistem ini. Proses masuk Google tidak dapat diingat.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Tidak ada penyimpanan kata sandi aman (keyring) yang tersedia di sistem ini. Proses masuk Google tidak dapat diingat.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>File klien OAuth Google %1 tidak dapat dibaca: susunan bertingkatnya terlalu dalam.</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Brankas kunci tidak dapat menyebutkan cadangan mana yang terbaru (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>Brankas kunci sedang membatasi permintaan; coba lagi dalam beberapa detik.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>Penyimpan kunci di komputer ini tidak ditujukan untuk data rahasia. Info masuk Google tidak dapat diingat.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>Cadangan terbaru yang diketahui brankas kunci, %1 (cadangan nomor %2), tidak ada di tujuan (terbaru yang ditemukan: %3, cadangan nomor %4). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Cadangan terbaru yang diketahui brankas kunci, %1 (cadangan nomor %2), tidak ada di tujuan (tidak ada cadangan yang ditemukan). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Cadangan terbaru yang diketahui brankas kunci, %1, tidak ada di tujuan (terbaru yang ditemukan: %2, cadangan nomor %3). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Cadangan terbaru yang diketahui brankas kunci, %1, tidak ada di tujuan (tidak ada cadangan yang ditemukan). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>Cadangan terbaru yang diketahui komputer ini, %1 (cadangan nomor %2), tidak ada di tujuan (terbaru yang ditemukan: %3, cadangan nomor %4). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Cadangan terbaru yang diketahui komputer ini, %1 (cadangan nomor %2), tidak ada di tujuan (tidak ada cadangan yang ditemukan). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Cadangan terbaru yang diketahui komputer ini, %1, tidak ada di tujuan (terbaru yang ditemukan: %2, cadangan nomor %3). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Cadangan terbaru yang diketahui komputer ini, %1, tidak ada di tujuan (tidak ada cadangan yang ditemukan). Penyimpanan mungkin telah dikembalikan ke versi lama atau cadangan telah dihapus.</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>Satu-satunya keyring yang ditemukan menyimpan data rahasia dalam file biasa tanpa enkripsi. Proses masuk Google tidak dapat diingat.</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>Ada lebih dari satu cadangan yang cocok dengan %1 di %2.</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>Tidak ada cadangan yang cocok dengan %1 di %2.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>Kata sandi salah. Brankas kunci mengizinkan %1 percobaan lagi sebelum menghancurkan kunci.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>Kata sandi salah. Brankas kunci mengizinkan satu percobaan lagi sebelum menghancurkan kunci.</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>Pemulihan sedang berjalan (dimulai oleh %1).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>Pemulihan sedang berjalan (dimulai oleh %1, pukul %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>Pemulihan sedang berjalan (dimulai oleh %1, proses %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Pemulihan sedang berjalan (dimulai oleh %1, proses %2, pukul %3).</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>Pemulihan sedang berjalan.</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>Pencadangan lain sedang berjalan (dimulai oleh %1).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>Pencadangan lain sedang berjalan (dimulai oleh %1, pukul %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>Pencadangan lain sedang berjalan (dimulai oleh %1, proses %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Pencadangan lain sedang berjalan (dimulai oleh %1, proses %2, pukul %3).</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>Pencadangan lain sedang berjalan.</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>blob %1 tidak ada di paket mana pun</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>isi blob media %1 salah</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>blob pesan %1 lebih besar daripada yang diizinkan format</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>paket %1 hilang</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>Cadangan rusak (masalah yang ditemukan: %1): %2.</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>Objek cadangan %1 rusak.</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>blob %1 terpotong</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>indeks %1 diabaikan: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>objek ini hilang saat sedang dibaca</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>objek ini tidak lolos pemeriksaan autentikasi</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>objek ini memiliki struktur lebih banyak daripada objek valid mana pun (membacanya akan memakan terlalu banyak memori)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>objek ini terpotong</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>objek ini lebih besar daripada yang diizinkan format</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>format objek ini rusak</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>objek ini bukan data terkompresi yang valid</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>manifes %1 tidak lolos pemeriksaan autentikasi</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>manifes %1 memiliki struktur lebih banyak daripada manifes valid mana pun (membacanya akan memakan terlalu banyak memori)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>manifes %1 terpotong</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>manifes %1 lebih besar daripada yang diizinkan format</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>format manifes %1 rusak</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>manifes %1 bukan data terkompresi yang valid</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>paket %1 tidak lolos pemeriksaan autentikasi</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>paket %1 terpotong</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>paket %1 lebih besar daripada yang diizinkan format</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>paket %1 lebih panjang daripada yang disebutkan indeksnya</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>format paket %1 rusak</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>snapshot %1 diabaikan: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>pesan %1 pada %2 terpotong</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>pesan %1 pada %2 lebih besar daripada yang diizinkan format</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>format pesan %1 pada %2 rusak</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>pesan %1 pada %2 bukan pesan yang dicantumkan cadangan</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>pesan %1 pada %2 bukan data terkompresi yang valid</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>pesan %1 pada %2 tidak lolos pemeriksaan autentikasi</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>pesan %1 pada %2 memiliki struktur lebih banyak daripada blok valid mana pun (membacanya akan memakan terlalu banyak memori)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>Cadangan rusak (masalah yang ditemukan: %1), di antaranya: %2.</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>Menghapus kunci lama di brankas kunci</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Brankas kunci %1 masih menyimpan kunci set cadangan lama %2, yang tidak dapat dihapus (%3) Siapa pun yang menyimpan salinan set itu masih dapat membukanya di sana dengan kata sandi lama.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>Brankas kunci %1 masih menyimpan kunci set cadangan lama %2: tidak ada kata sandi yang diberikan untuk menghapusnya. Siapa pun yang menyimpan salinan set itu masih dapat membukanya di sana dengan kata sandi lama.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>Brankas kunci %1 masih menyimpan kunci set cadangan lama %2: kunci baru atau perlindungan baru yang menggantikannya terputus sebelum kunci dihapus. Siapa pun yang menyimpan salinan set itu masih dapat membukanya di sana dengan kata sandi lama.</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>Catatan brankas kunci dihapus dengan kata sandinya, bukan dengan kunci %1 digit.</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>Brankas kunci tidak memiliki kunci untuk cadangan ini (mungkin sudah dihapus).</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>Brankas kunci berhenti menjawab saat mengubah kata sandi; kata sandi baru mungkin sudah berlaku.</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>Brankas kunci berhenti menjawab saat menghapus kunci cadangan ini; kunci mungkin sudah terhapus.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>Kata sandi salah. Brankas kunci tidak menjawab berapa percobaan yang tersisa.</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>Isi dengan alamat proxy http://, socks5://, atau socks5h://, atau hapus pengaturan itu.</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>Proxy yang diatur di %1 tidak dapat digunakan: proxy %2 tidak didukung (hanya http, socks5, dan socks5h).</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>Proxy yang diatur di %1 tidak dapat digunakan: itu bukan alamat proxy.</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>Bandingkan grup itu dengan kunci yang Anda simpan, atau buka file kunci yang Anda simpan.</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>Grup %1 dari kunci berisi %2 digit, bukan %3.</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>Grup %1 dari kunci berisi “%2”, yang tidak ada di kunci mana pun: kunci hanya berisi angka 0-9 dan huruf a-f.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>Keluarkan chat ini dari pencadangan, lalu cadangkan lagi.</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>Buat kunci baru (Kata sandi baru dan kunci cadangan baru, atau backupgui-cli key rotate): cadangan dibuat di set baru dan set ini dihapus.</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>Chat %1 berisi pesan bertanggal di luar tahun %2 sampai %3, yang tidak dapat dimuat cadangan. Pencadangan dihentikan; pustaka dan cadangan sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>Set cadangan ini (%1) berisi cadangan dengan nomor tertinggi yang bisa dimiliki cadangan, yang hanya dicapai cadangan rekayasa: tidak ada cadangan yang bisa menyusulnya. Tidak ada yang dicadangkan.</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>objek %1 bukan file biasa</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>file %1 berisi konten yang salah</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>file %1 hilang</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>pesan %1 pada %2 hilang</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>%1 tidak dapat dibaca: disk penuh.</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>%1 tidak dapat dibaca: memori tidak cukup.</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>%1 tidak dapat dibaca dari disk; salin lagi lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 adalah file zip yang rusak.</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1 dikompresi dengan cara yang tidak dapat dibaca backupgui; ekstrak dengan program lain lalu pilih foldernya.</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 terpotong (unduhan atau salinan tidak selesai); salin lagi.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 rusak atau bukan database.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 rusak.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 sedang digunakan program lain; tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 bukan database.</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>Kantong kunci pada cadangan rusak.</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>Database pesan</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>sebagian jalurnya adalah file, bukan folder</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>backupgui tidak diizinkan menggunakannya (periksa izinnya)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>tidak ada (mungkin sudah dipindahkan atau dihapus)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ini folder, bukan file</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>melewati terlalu banyak tautan simbolis (atau lingkaran tautan)</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>namanya terlalu panjang untuk sistem ini</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>ditolak: menjadi tautan simbolis saat impor</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>ditolak: bukan lagi file biasa</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk hanya-baca</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>disk melaporkan kesalahan baca atau tulis (mungkin rusak atau dilepas)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>sistem melaporkan kesalahan (detailnya ada di log)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>Memeriksa ruang kosong</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>Kosongkan sebagian ruang disk atau pulihkan lebih sedikit chat. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>Ruang kosong tidak cukup untuk memulihkan: perlu sekitar %1 MB, yang kosong %2 MB di disk pustaka. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>Ubah izin file tersebut, atau pilih salinan milik Anda.</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>Periksa apakah foldernya ada dan Anda boleh membaca serta menulis di dalamnya.</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>Periksa drive, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>Periksa izin folder tersebut, atau apakah drive-nya dipasang hanya-baca.</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>Pilih folder cadangan lagi.</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>Pilih file JSON klien itu sendiri.</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>Pindahkan folder itu keluar dari folder cadangan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>Pulihkan pustaka dari cadangan, atau pindahkan file tersebut ke tempat lain untuk memulai pustaka baru.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>File klien OAuth Google %1 tidak dapat dijangkau: sebuah folder di jalurnya adalah file.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>File klien OAuth Google %1 adalah folder, bukan file.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>File klien OAuth Google %1 bukan file klien: isinya bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>File klien OAuth Google %1 terlalu besar untuk sebuah file klien.</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>Folder cadangan berisi folder di tempat yang seharusnya berisi file cadangan.</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>Folder cadangan, atau sebuah folder di jalurnya, adalah file atau tautan, bukan folder.</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>Pustaka chat tidak dapat diubah: file atau foldernya hanya-baca.</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>Pustaka chat tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>File pustaka chat tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>File pustaka chat rusak.</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>File pustaka chat bukan pustaka chat (bukan database SQLite).</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>Disk yang menyimpan pustaka chat melaporkan kesalahan.</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>Drive yang menyimpan folder cadangan melaporkan kesalahan.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>Pesan %1 pada %2 melebihi yang dapat dimuat satu cadangan (paling banyak %3 MiB per chat dan bulan). Pencadangan dihentikan; pustaka dan cadangan sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>Pesan %1 pada %2 melebihi yang dapat dimuat satu cadangan (paling banyak %3 byte per chat dan bulan). Pencadangan dihentikan; pustaka dan cadangan sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>Ruang disk yang kosong tidak cukup untuk pustaka chat.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>Coba lagi; jika terjadi lagi, rinciannya ada di log.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>backupgui tidak diizinkan membaca file klien OAuth Google %1.</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>folder %1 di jalur menuju objek %2 adalah tautan atau file, bukan folder</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>Google tidak dapat dihubungi untuk menyelesaikan proses masuk.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>Google tidak menerima jawaban proses masuk: sudah kedaluwarsa atau sudah digunakan.</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>Google tidak menerima klien OAuth ini: klien sudah dihapus, atau file kliennya sudah usang.</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>Penyimpanan kata sandi menolak permintaan: mungkin terkunci, atau layanannya tidak berjalan.</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Alamat brankas kunci harus berupa alamat web (http:// atau https://), atau beberapa alamat dari brankas yang sama dipisahkan dengan koma: paling banyak %1, tidak ada yang dua kali.</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>Brankas kunci di %1 memiliki identitas (kunci server) yang berbeda dari brankas di %2; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>Pilih %1 sampai %2 hari, minggu, bulan, atau tahun untuk cadangan lama.</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>Sebuah file cadangan lebih besar daripada yang diizinkan drive yang menyimpan folder cadangan.</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>Periksa koneksi ke drive jaringan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>Pilih folder di drive yang menerima file besar (bukan FAT32), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>Pilih folder dengan jalur yang lebih pendek.</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>Tutup beberapa program, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>File klien Google OAuth %1 tidak dapat dibaca: %2.</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>Komputer kehabisan memori atau batas file terbuka saat menggunakan folder cadangan.</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>Drive jaringan yang menyimpan folder cadangan tidak menjawab.</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>Jalur folder cadangan terlalu panjang untuk sistem ini.</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>program lain sedang menggunakannya (tutup program itu lalu coba lagi)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>file lebih besar daripada yang diizinkan disk atau akun ini</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>drive jaringan yang menyimpannya tidak menjawab (periksa koneksi)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>sistem membuka terlalu banyak file (tutup beberapa program lalu coba lagi)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>memori tidak cukup (tutup beberapa program lalu coba lagi)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 bukan file biasa; file ini tidak dibaca.</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>%1 butuh waktu jauh lebih lama untuk dibaca daripada database seukuran itu; ditolak.</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>Cadangan iPhone ini mencantumkan lebih dari %1 file WhatsApp (Manifest.db), lebih banyak dari yang disimpan ponsel mana pun; ditolak.</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Beberapa pesan dari cadangan ini berbeda dari salinan pesan yang sama di pustaka (telah diedit sejak itu, atau diubah di tempat lain). Kedua versi disimpan.</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Beberapa pesan dari ekspor ini berbeda dari salinan pesan yang sama di pustaka (telah diedit sejak itu, atau diubah di tempat lain). Kedua versi disimpan.</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>Komputer lain (%1) juga mencadangkan ke set cadangan ini dalam %2 hari terakhir. Tidak ada yang hilang: cadangan keduanya disimpan dalam satu riwayat. Jika itu komputer yang sudah Anda ganti, matikan pencadangannya di sana.</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>Cadangkan lagi: isi bagian yang dihapus dikirim ulang.</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>Bagian cadangan yang dipakai ulang oleh pencadangan ini dihapus saat pencadangan berjalan: %1. Mungkin komputer lain yang mencadangkan ke set cadangan yang sama telah menghapusnya. Tidak ada cadangan baru yang disimpan; cadangan sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>panggilan yang catatannya tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>Komputer lain (%1) sedang mencadangkan ke set cadangan ini; coba lagi setelah selesai.</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>Komputer lain (%1) sedang mengubah kunci atau sandi set cadangan ini; coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>Komputer lain (%1) sedang membersihkan set cadangan ini; coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>Cadangan lama tidak dihapus kali ini: komputer lain (%1) sedang menggunakan set cadangan ini. Pencadangan berikutnya akan menghapusnya.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>Cadangan lama tidak dihapus kali ini: set cadangan ini berisi lebih banyak objek kunci daripada yang dibuat oleh komputer yang mencadangkan. Pencadangan berikutnya akan menghapusnya.</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>Set cadangan ini berisi %1 objek kunci baru, lebih banyak daripada yang dibuat oleh komputer yang mencadangkan: seseorang yang dapat menulis ke tujuan mungkin menaruhnya di sana. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>Menunggu komputer lain selesai dengan set cadangan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>Setelan cadangan rusak, atau ini bukan cadangan backupgui.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>Setelan cadangan telah diubah (pemeriksaan kunci gagal).</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>Setelan cadangan telah diubah (setelan itu tidak lolos pemeriksaan autentikasi).</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>Setelan set cadangan %1 milik set cadangan lain.</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>Setelan cadangan ini menyebut format versi %1, yang tidak dapat dibaca versi backupgui ini. Perbarui backupgui.</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>set cadangan %1 memiliki setelan yang rusak; diabaikan</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>set cadangan %1 tidak memiliki setelan (mungkin penggantian kunci terputus); diabaikan</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>panggilan dengan hasil yang tidak ditampilkan backupgui</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1, di chat lain</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Diedit: dua versi pesan ini. Yang ini: %1. Yang lain: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Dua versi pesan ini, dari pengirim yang berbeda. Yang ini: %1. Yang lain: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Dua versi pesan ini. Yang ini: %1. Yang lain: %2.</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>sudah ada di pustaka sebelum pustaka mencatat asal pesan</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>dari cadangan yang dipulihkan pada %1</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>dari ekspor yang diimpor pada %1</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>dari cadangan ponsel yang diimpor pada %1</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>Setel %1 ke token yang diberikan dengan cakupan drive.appdata, atau hapus variabel itu untuk memakai proses masuk yang disimpan aplikasi.</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Masuk lagi dan, di halaman Google, centang kotak yang mengizinkan backupgui melihat, membuat, dan menghapus datanya sendiri di Google Drive Anda.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Masuk lagi ke Google Drive dan, di halaman Google, centang kotak yang mengizinkan backupgui melihat, membuat, dan menghapus datanya sendiri di Google Drive Anda.</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Proses masuk Google tidak mengizinkan backupgui menggunakan Google Drive: izin untuk datanya sendiri di Google Drive tidak dicentang.</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>Token akses di %1 tidak mengizinkan backupgui menggunakan Google Drive (token itu diberikan tanpa izin Drive).</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Anda tidak mengizinkan backupgui menggunakan Google Drive: izin untuk datanya sendiri di Google Drive tidak dicentang.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>Minta administrator Google Workspace Anda untuk mengizinkan backupgui menggunakan Google Drive, atau masuk dengan Akun Google lain. Sampai saat itu, mencoba lagi tidak akan membantu.</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>Google Drive tidak mengizinkan backupgui masuk: administrator akun Google Workspace ini (akun kantor atau sekolah) telah menonaktifkan aplikasi Drive.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>Minta administrator Google Workspace Anda untuk mengizinkan backupgui, atau masuk dengan Akun Google lain.</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>Masuk dengan akun organisasi tersebut, atau gunakan klien OAuth lain.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>Administrator akun Google Workspace ini (akun kantor atau sekolah) tidak mengizinkan backupgui masuk dengan akun ini.</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>Klien OAuth ini hanya untuk Akun Google milik organisasinya sendiri, dan akun ini bukan salah satunya.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>Kata sandi salah. Brankas kunci mengizinkan banyak percobaan lagi sebelum menghancurkan kunci.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>Minta administrator Google Workspace Anda untuk menyiapkan akses bagi backupgui, atau masuk dengan Akun Google lain.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>Administrator akun Google Workspace for Education ini (akun sekolah) belum menyiapkan akses untuk backupgui.</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>Belum ada folder yang dipilih</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>Emulator Google Drive (%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Drive (belum masuk)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Belum ada tujuan cadangan yang dipilih.</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>Buka Setelan dan pilih folder atau Google Drive.</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>Belum ada folder cadangan yang dipilih.</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>Pilih folder di Setelan.</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>Google Drive belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>Untuk sekarang, pilih folder sebagai tujuan di Setelan.</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>Tujuan tidak dikenal.</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>Pilih salah satu di Setelan.</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>Anda belum masuk ke Google Drive.</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>Buka Setelan dan masuk ke Google Drive.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>backupgui tidak diizinkan menggunakan file atau folder yang diperlukannya.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Periksa izin folder atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disk penuh.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>Terjadi sesuatu yang tidak diperkirakan backupgui.</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>Chat dan cadangan Anda tidak diubah. Log berisi detailnya; sertakan log jika Anda melaporkan masalah ini.</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Tampilkan log</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasi</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1/s</source>
        <comment>a transfer speed, e.g. 3.2 MB/s</comment>
        <translation>%1/dtk</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds, abbreviated</comment>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, abbreviated</comment>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds, abbreviated</comment>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Kemarin, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>hari ini, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>kemarin, %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>two parts of a line of figures, e.g. &quot;3 chats · 40 messages&quot;; a mark that cannot be read as a digit of the language (Arabic: ، not ·, which reads as ٠)</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <comment>a size in kilobytes (1 kB = 1,000 bytes): the language&apos;s usual unit name, as its file manager or WhatsApp writes it</comment>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>a size in megabytes (1 MB = 1,000,000 bytes), written like the kB of the same language</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>a size in gigabytes, written like the kB of the same language</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <comment>a size in terabytes, written like the kB of the same language</comment>
        <translation>%1 TB</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>%1; %2</source>
        <extracomment>One problem of a list joined to the next (Arabic writes &quot;؛&quot;).</extracomment>
        <translation>%1; %2</translation>
    </message>
</context>
</TS>

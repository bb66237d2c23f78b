<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>backupgui başlatılamıyor</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>backupgui %1 konumuna yazamıyor: %2.</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>Bu klasörü yazılabilir yapın (ya da yer açın) ve backupgui&apos;yi yeniden başlatın.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 başka bir kullanıcıya (%2) ait; backupgui başka kullanıcıların klasörlerini kullanmaz.</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>backupgui root olarak çalışıyor ve bu durumda yalnızca root&apos;un kendi klasörlerini kullanır: backupgui&apos;yi kendi kullanıcınızla başlatın (sudo olmadan).</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>Bu klasörü backupgui&apos;nin sudo ile çalıştırılması oluşturduysa, bir terminalde bu komutla kendi kullanıcınıza geri verin veya silin; ardından backupgui&apos;yi yeniden başlatın:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Yedekleme hedefi seçilmedi.</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>backupgui&apos;yi açın, ardından Ayarlar&apos;a gidip bir klasör ya da Google Drive seçin.</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>Uçtan uca şifreleme henüz ayarlanmadı.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Bu bilgisayarda yedekleme anahtarını saklayacak bir anahtar zinciri yok, bu yüzden otomatik yedeklemeler kendi kendine çalışamaz.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Yedekleme anahtarı bu bilgisayarda kayıtlı değil.</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Yedeklenecek sohbet seçilmedi.</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>Yedeklenecek sohbetleri backupgui&apos;de işaretleyin.</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>Sonraki otomatik yedekleme</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>Yedekleme &amp;planı…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>Yedekleme &amp;geçmişi…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>backupgui çalışmaya devam ediyor</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>Otomatik yedeklemeler sistem tepsisinden devam eder. Durdurmak için orada Çık&apos;ı seçin.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>Bir şifre ya da %1 haneli anahtar seçmek için backupgui&apos;yi açıp bir kez Yedekle&apos;ye tıklayın.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>Sistemin anahtar zinciri %1 saniye içinde yanıt vermedi, bu yüzden otomatik yedeklemeler kendi kendine çalışamaz.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Sistemin anahtar zinciri kilitli ya da yedekleme anahtarını vermeyi reddetti, bu yüzden otomatik yedeklemeler kendi kendine çalışamaz.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Ayarlar&apos;ı aç</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>Henüz yedeklenemiyor</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>Yedekleme hedefine ulaşılamıyor</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>Bu hedefte zaten şifreli bir yedek var. Bu bilgisayarın oraya yedeklemeye devam edebilmesi için yedeğin şifresini ya da anahtarını girin.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>Bu bilgisayarda yedekleme anahtarını saklayacak bir anahtar zinciri yok, bu yüzden her yedeklemede şifrenizi ya da anahtarınızı girin.</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>Yedekleme tamamlanmadı</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>Henüz yeni bir anahtar oluşturulamıyor</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Bu hedefe yapılan ilk yedekleme bitmeden durdu. Onun için seçtiğiniz %1 haneli anahtarı girin; yedekleme durduğu yerden devam eder.</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Bu hedefe yapılan ilk yedekleme bitmeden durdu. Onun için seçtiğiniz parolayı girin; yedekleme durduğu yerden devam eder.</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>Şifreleme bir uyarıyla değiştirildi</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>Yedek artık yeni şekilde korunuyor, ancak:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>Şifre</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>Anahtar kasasıyla şifre</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Sohbet yedeği</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>Sohbetlerinizi ve medyanızı yedekleyin. Her şey saklanmadan önce bu bilgisayarda uçtan uca şifrelenir.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Son yedekleme</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Uçtan uca şifreleme</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Bu bilgisayardaki anahtar</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Şifrelemeyi aç…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Kapat…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>Hedefi değiştir…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>Yedekleme için seçilenler</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>Yedek&amp;le</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>Seçili sohbetleri şimdi yedekle (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>Bu hedefe henüz yok</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Henüz seçilmedi</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>oturum açılmadı</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>Google Drive emülatörü</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>Açık · %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>Şifrelemeyi değiştir…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>Kapalı — ilk yedeklemede bir şifre ya da anahtar seçeceksiniz</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Anahtar zinciri kontrol ediliyor…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>Bu bilgisayarda anahtar zinciri yok: her yedeklemede şifreniz ya da anahtarınız sorulacak.</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>Sistemin anahtar zincirinde saklanıyor, bu yüzden yedeklemeler sormadan çalışır.</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>Sistemin anahtar zincirinde saklanacak</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>Son yedekleme tamamlanmadı. %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>Son yedekleme iptal edildi; bir önceki yedek değişmedi.</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>Sohbet seçilmedi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 medya</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 medya (videolar hariç)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln sohbet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>Yedekleme iptal edildi, bu yüzden bu hedefte henüz tam bir yedek yok. Zaten yüklenenler saklanır; sonraki yedekleme oradan devam eder.</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1 · sohbetler: %2</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1 haneli anahtar</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>Bu yedeklemeyle açılıyor · %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>Eski anahtarı sil…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>Değiştirilen bir yedeğin eski anahtarı %1 anahtar kasasında hâlâ saklanıyor.</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>Henüz açık değil · %1 · ilk yedekleme bitmeden durdu, bu yüzden sonraki yedekleme seçtiğinizi yeniden soracak</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Bir yedek seçin</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>En yeni yedek</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>Eski bir yedeği &amp;yine de geri yükle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Bulunan yedekler</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>Burada yedek bulunamadı. Yedeklediğiniz klasörü ya da hesabı seçtiğinizden emin olun.</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 ms)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (en yeni)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;En yeni yedek: %1, %2 cihazından&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>Bunlardan daha yeni yedekler oluşturuldu, ancak bu hedefte yoklar (bu bilgisayar ya da anahtar kasası onları hatırlıyor). Depolama geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>Bunun oluşturduğunuz en yeni yedek olduğunu kontrol edin: ne bu bilgisayarda ne de bir anahtar kasasında bu yedeğin geçmişi kayıtlı.</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>Bu, bu bilgisayarın ya da anahtar kasasının bildiği en yeni yedek.</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Depolanan boyut</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>Yedeğin hedefteki boyutu, sıkıştırılmış ve şifrelenmiş olarak</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>Yedeğin sohbetleri okunuyor</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Bu bilgisayarda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>Bu yedekteki sohbetler okunuyor…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>Bu bilgisayarda hiçbir şey değişmedi. Başka bir yedek seçin ya da yeniden denemek için İleri&apos;ye basın.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>Durduruldu. Bu bilgisayarda hiçbir şey değişmedi. Bu yedeğin sohbetlerini yeniden okumak için İleri&apos;ye basın.</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>En yenisi seçili. Eski yedekler Ayarlar&apos;da belirlendiği gibi saklanır: varsayılan olarak son %1 için her birinden bir yedek.</translation>
    </message>
</context>
<context>
    <name>ChatTableModel</name>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medya</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Son etkinlik</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>Bireysel</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chat name — messages, media files</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln medya dosyası</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1, yedeklemeye dahil</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1, yedeklemeye dahil değil</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1, %2, son etkinlik %3</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesaj</numerusform>
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
            <numerusform>%Ln katılımcı</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>Bu sohbet gösterilemiyor</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>Sohbet açılamadı</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>Bu medya dosyası bu bilgisayarda değil.</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>Videolar, sohbetin geri yüklendiği yedeğe dahil edilmemiş olabilir.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Eki aç</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>“%1” bir fotoğraf, video, ses ya da PDF dosyası değil, bu yüzden backupgui onu açmaz.</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>Başka türdeki dosyalar açıldığında program çalıştırabilir. Gönderene güveniyorsanız bir kopyasını kaydedip kendiniz açabilirsiniz.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Farklı kaydet…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Eki kaydet</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>Ek kaydedilemedi</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>%1 sohbetinin mesajları, en eskisi önce. Ok tuşları mesajlar arasında gezinir, Home ve End ilk ve en yeni mesaja gider, Enter bir eki açar, bir yanıtta Control+Enter alıntılanan mesaja gider ve Esc sohbeti kapatır.</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>Geri yüklenecek sohbetleri seçin</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tümünü seç</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Hiçbirini seçme</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Yedekteki sohbetler</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>&amp;Birleştir: buradakileri koru ve eksik mesajları ekle (önerilir)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>&amp;Buradaki sohbetleri yedekteki sürümle değiştir</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>%1 cihazından yedek, %2: %3, %4, %5 medya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln sohbet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>Bu sohbetlerden %Ln tanesi zaten bu bilgisayarda. Onlara ne olsun?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>%Ln sohbetten %1 tanesi seçildi</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>Bu sohbetlerin hiçbiri henüz bu bilgisayarda değil.</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>Bu bilgisayardaki, bu yedekte olmayan sohbetler olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>Yedekten en fazla %1 indirilir.</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>Google hesabı</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Oturum aç…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>backupgui&apos;nin bu kopyasında yerleşik Google oturum açma yok. Google Drive&apos;a yedeklemek için kendi Google Cloud istemcinizi kullanın (ücretsiz; adımlar Yardım&apos;da) ya da aşağıdaki Drive emülatörünü deneyin.</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>Kendi Google Cloud &amp;istemcinizi kullanın…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>&amp;Yerleşik oturum açmayı kullan</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>Google olmadan deneyin: Drive &amp;emülatörünü kullanın, adres:</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>Drive emülatörü adresi</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Oturum açılmadı</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>Kendi istemciniz: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>Google Cloud OAuth istemciniz</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>İstemci dosyaları (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>Bu istemci dosyası kullanılamıyor</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>Kendi Google Cloud istemciniz</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>Kendi Google Cloud istemcinizle Google Drive&apos;a yedekleme</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>backupgui&apos;nin bu kopyasında yerleşik Google oturum açma yok. Google Drive&apos;dan geri yüklemek için kendi Google Cloud istemcinizi kullanın (ücretsiz; adımlar Yardım&apos;da) ya da aşağıdaki Drive emülatörünü deneyin.</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1. console.cloud.google.com adresini açıp bir proje oluşturun.
%2. API&apos;ler ve Hizmetler (APIs &amp; Services) → Kitaplık: Google Drive API&apos;yi etkinleştirin.
%3. OAuth izin ekranı: tür olarak Harici&apos;yi seçin; …/auth/drive.appdata kapsamını ve Google hesabınızı test kullanıcısı olarak ekleyin (ya da uygulamayı yayınlayın).
%4. Kimlik bilgileri → Kimlik bilgisi oluştur → OAuth istemci kimliği → Masaüstü uygulaması; JSON dosyasını indirin.
%5. Burada: Kendi Google Cloud istemcinizi kullanın… ile bu dosyayı seçin, sonra Oturum aç&apos;a tıklayın.

Her adım docs/DRIVE.md dosyasında açıklanıyor.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 olarak oturum açıldı</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>%1 olarak oturum açıldı (yalnızca bu oturum: anahtar zinciri yok)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>Bu hesabı unut</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>%1 bu bilgisayarda unutulsun mu?</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>Oturum bilgisi bu bilgisayarın parola deposundan kaldırılır. Yedekleriniz Google Drive&apos;da kalır ve backupgui oradaki erişimini korur: yedeklemek ya da geri yüklemek için bu hesapla yeniden oturum açın. O zamana kadar Google Drive&apos;a yedekleme durur.

Bu yedekleri saklamak istiyorsanız Google Hesabı ayarlarınızda backupgui&apos;nin erişimini kaldırmayın: Google o zaman uygulamanın gizli klasöründeki yedekleri siler.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Unut</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>Hesap unutulamadı</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>Bu &amp;hesabı bu bilgisayarda unut</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>Başka bir hesa&amp;p kullan…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>Uçtan uca şifrelemeyi aç</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>Yedeğinizin kilidini açın</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>Uçtan uca şifrelemeyi değiştir</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>Uçtan uca şifrelemeyi kapat</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>Şifrenizi kontrol edin</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>Anahtar kasanızı güvenceye alın</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Devam</translation>
    </message>
    <message>
        <source>Without it, nobody can restore your chats on a new computer — not even us. Enter it to check; it is checked here, not sent anywhere.</source>
        <translation>Bu olmadan kimse sohbetlerinizi yeni bir bilgisayara geri yükleyemez — biz bile. Kontrol etmek için girin; burada kontrol edilir, hiçbir yere gönderilmez.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Şifrenizi girin</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>Bu hedefte zaten şifreli bir yedek var. Bu bilgisayarın oraya yedeklemeye devam edebilmesi için yedeğin şifresini girin.</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>Mevcut şifrenizi girin</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>Yedeğinizin nasıl korunduğunu değiştirmek için önce mevcut şifreyi bildiğinizi kanıtlayın.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>Bu bilgisayarda uçtan uca şifrelemeyi kapatmak için mevcut şifre gerekir.</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>Şifrenizi hâlâ hatırlıyor musunuz?</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>Yedeğinizin anahtar kasası, sizi başkalarından ayırt edemediği bir zamanda kuruldu: yedeğin bir kopyasına sahip olan herkes şifre deneyip deneme haklarını tüketebilir. Kasayı Google hesabınıza bağlamak için şifrenizi bir kez girin.</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>Yedeğinizin anahtar kasası, sizi başkalarından ayırt edemediği bir zamanda kuruldu: yedeğin bir kopyasına sahip olan herkes şifre deneyip deneme haklarını tüketebilir. Kasayı bu bilgisayara ve yeni bir kurtarma koduna bağlamak için şifrenizi bir kez girin.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Şifre</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Şifre</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>Anahtar kasası &amp;kurtarma kodu</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Anahtar kasası kurtarma kodu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>Yedeğinizi koruyun</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>Yeni korumayı seçin</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>Yeni bir şifre ya da anahtar yalnızca yedekleme anahtarınızın kilidini değiştirir; hiçbir şey yeniden yüklenmez.</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>&amp;Şifre kullan</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>Not aldığınız ya da kaydettiğiniz rastgele bir anahtar. En güçlü seçenek, ama güvende tutun.</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>Anahtar &amp;kasasıyla şifre kullan</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>%1 adresindeki anahtar kasası anahtarınızı saklar; yalnızca birkaç yanlış denemeye izin verir.</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>Yeni şifre ve yeni &amp;yedekleme anahtarı</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>Bir sızıntıdan sonra: yeni bir anahtar ve tamamen yeni bir yedek; eskisi silinir.</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>Yeni bir şifre yedekleme anahtarınızı korur: yedek ayarlarının eski şifrenizi içeren eski bir kopyası yeni yedekleri açmaya devam eder. Şifreniz ya da anahtarınız sızmış olabilirse &lt;b&gt;Yeni şifre ve yeni yedekleme anahtarı&lt;/b&gt; seçeneğini seçin.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Nasıl çalışır?</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>Sohbetler ve medya, saklanmadan önce bu bilgisayarda rastgele bir yedekleme anahtarıyla şifrelenir.</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>Bu bilgisayar yedekleme anahtarını kendi anahtar zincirinde saklar, böylece sonraki yedeklemeler sormadan çalışır.</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>Şifreniz bu bilgisayardan hiç çıkmaz. (Ayarlar&apos;da bir anahtar kasası ayarlanabilir.)</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>Şifre oluşturun</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>Sohbetlerinizi yeni bir bilgisayara geri yüklemek için bu şifre gerekecek. Bu bilgisayar yedekleme anahtarını hatırlar, bu yüzden her yedeklemede şifre sorulmaz.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;Bu şifreyi kimse kurtaramaz.&lt;/b&gt; Şifreyi unutur ve bu bilgisayarı kaybederseniz yedekleriniz açılamaz — ne sizin ne de bizim tarafımızdan.</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>Anahtarı not alın ya da bu bilgisayardan uzakta güvenli bir yere kaydedin. Sohbetlerinizi yeni bir bilgisayara geri yüklemek için gerekecek.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;Bu anahtarı kimse kurtaramaz.&lt;/b&gt; Anahtara sahip olan herkes yedeklerinizi okuyabilir; anahtarı ve bu bilgisayarı kaybederseniz yedekleriniz açılamaz.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kurtarma kodunuz</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>Anahtar kasası şifrenizin yalnızca bu bilgisayardan denenmesine izin verir. Yeni bir bilgisayarda şifrenizle birlikte bu koda ihtiyacınız olacak. Kodu not alın ya da bu bilgisayardan uzakta güvenli bir yere kaydedin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;Kod yalnızca şimdi gösteriliyor.&lt;/b&gt; Bu kod olmadan yeni bir bilgisayar yedeğinizi şifrenizle geri yükleyemez. Kod tek başına yedeğinizi açamaz.</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>Anahtarınızı onaylayın</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>Anahtarı sakladığınızdan emin olmak için aşağıda belirtilen grupları anahtarınızdan yazın.</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>Bu grupları bulamıyor musunuz? Anahtarınız henüz kaydedilmemiş: &lt;b&gt;Geri&lt;/b&gt; gidin, ardından anahtarı kopyalayın ya da bir dosyaya kaydedin.</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>Bu bilgisayardan yedekleme durdurulsun mu?</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>backupgui hiçbir zaman şifrelenmemiş yedek oluşturmaz.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>Şifreyi &amp;kaydet</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>Bu anahtarı &amp;kullan</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>&amp;Anahtarımı kaydettim</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>Kodumu kay&amp;dettim</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrol et</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>Anahtar kasası için şifre oluşturun</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>Yeni anahtar için yeni bir şifre oluşturun</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>Bu bilgisayar anahtar kasasını tek başına kullanamaz. Anahtar kasasını ayarlarken kaydettiğiniz kurtarma kodunu şifrenizle birlikte girin.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>Kontrol beklenmedik şekilde başarısız oldu; ayrıntılar için günlüğe bakın.</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>Kurtarma kodunuzu onaylayın</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>Kodu sakladığınızdan emin olmak için aşağıda belirtilen grupları kurtarma kodunuzdan yazın.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grup %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>Anahtarınızın %1. grubu</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>Bu, kurtarma kodunuzla eşleşmiyor. Kodu yeniden görmek için geri gidin ve grup numaralarını kontrol edin.</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>Bu, anahtarınızla eşleşmiyor. Anahtarı yeniden görmek için geri gidin ve grup numaralarını kontrol edin.</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>Şifreleme değiştirilemedi</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>Bu hedefte henüz yedek yok, bu yüzden şifre burada kontrol edilemez. Önce yedekleyin: buraya ilk yedekleme nasıl korunacağını sorar.</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>Hatırlaması kolay. En az %1 karakter. Geri yüklemek için gerekir.</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>Gruplar soldan sağa, yukarıdan aşağıya %1&apos;den %2&apos;ya kadar numaralanır. Harfler büyük ya da küçük yazılabilir.</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>%1 haneli anahtarınızı girin</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>Bu hedefte zaten şifreli bir yedek var. Bu bilgisayarın oraya yedeklemeye devam edebilmesi için yedeğin %1 haneli anahtarını girin.</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>Mevcut %1 haneli anahtarınızı girin</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>Yedeğinizin nasıl korunduğunu değiştirmek için önce mevcut %1 haneli anahtarı bildiğinizi kanıtlayın.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>Bu bilgisayarda uçtan uca şifrelemeyi kapatmak için mevcut %1 haneli anahtar gerekir.</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>%1 haneli anahtarınızı hâlâ hatırlıyor musunuz?</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1 haneli anah&amp;tar</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>Sohbetleriniz bu bilgisayardan çıkmadan önce burada şifrelenir. Yedeği yalnızca şifrenize ya da %1 haneli anahtarınıza sahip olan biri okuyabilir — ne Google ne de biz.</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>%1 haneli &amp;anahtar kullan</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>Yeni bir bilgisayarda yedeğin kilidini şifreniz ya da %1 haneli anahtarınız açar. Başka kimse açamaz.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>%1 haneli anahtarınız</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>Uçtan uca şifrelemeyi burada kapatırsanız backupgui:&lt;ul&gt;&lt;li&gt;yedekleme anahtarını bu bilgisayarın anahtar zincirinden kaldırır,&lt;/li&gt;&lt;li&gt;şifrelemeyi yeniden açana kadar bu bilgisayardan yedeklemeyi durdurur.&lt;/li&gt;&lt;/ul&gt;Daha önce oluşturulan yedekler oldukları yerde ve şifreli kalır. Bunları istediğiniz zaman şifrenizle ya da %1 haneli anahtarınızla geri yükleyebilirsiniz.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>Bu bilgisayarda anahtar zinciri yok, bu yüzden her yedekleme şifrenizi ya da anahtarınızı sorar.</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>Sohbetlerinizi yeni bir bilgisayara geri yüklemek için bu şifre gerekecek. Bu bilgisayarda anahtar zinciri yok, bu yüzden her yedekleme de şifreyi sorar.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>Not aldığınız ya da kaydettiğiniz kurtarma kodu kullanılmayacak: backupgui onu şimdi unutur ve uçtan uca şifreleme açılmaz.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>Not aldığınız ya da kaydettiğiniz kurtarma kodu kullanılmayacak: backupgui onu şimdi unutur ve yedeğiniz şu anki gibi korunmaya devam eder.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>Not aldığınız ya da kaydettiğiniz %1 haneli anahtar kullanılmayacak: backupgui onu şimdi unutur ve uçtan uca şifreleme açılmaz. Bir dahaki sefere yeni bir anahtar alırsınız.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>Not aldığınız ya da kaydettiğiniz %1 haneli anahtar, yedeğinizin kendi anahtarıdır: yedeklerinizi açmaya devam eder, bu yüzden güvenli bir yerde saklayın ya da yok edin. Yedeğiniz şu anki gibi korunmaya devam eder.</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>Bitirmeden çıkılsın mı?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Kal</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>Yedekleme geçmişi</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Geçmiş okunuyor…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>Geçmiş yedeklemeler</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>Henüz hiç yedekleme yapılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>Son %Ln çalıştırma, en yenisi önce.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Geçmiş okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Başlatan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Telafi</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Yedeklendi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 yüklendi</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Sizin tarafınızdan durduruldu</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Kaydedildiği yer</translation>
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
        <translation>Sizin tarafınızdan durduruldu (%1 gönderilmişti)</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (durdurulmadan önce %2 gönderildi)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln uyarı: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Otomatik algıla</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>İçe aktarılıyor</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Sohbetleri içe aktar</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>Bir WhatsApp dışa aktarımı (.zip ya da .txt) ya da Telegram Desktop dışa aktarımı (klasörü, result.json ya da onun .zip&apos;i) seçin.</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>Dışa aktarım seçilmedi</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Dışa aktarım dosyası ya da klasörü</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Dosya seç…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Klasör seç…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Dışa aktarım biçimi</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Biçim:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Sohbet:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Katılımcılar:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mesajlar:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Tarihler:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medya:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>Dışa aktarımdaki sohbetler</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>Uyarılar ve atlanan satırlar</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notlar:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>İçe aktarma ilerlemesi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>&amp;Telefon yedeğinden içe aktar…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Bir dışa aktarım seçin</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>Sohbet dışa aktarımları (*.zip *.txt *.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>Bir Telegram dışa aktarım klasörü seçin</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Dışa aktarım okunuyor…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>%1 dışa aktarımı. İçe aktarılacakları kontrol edin, sonra İçe aktar&apos;a basın.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Bireysel</translation>
    </message>
    <message>
        <source>Groups and one-to-one chats</source>
        <translation>Gruplar ve bireysel sohbetler</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 ve %Ln kişi daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln dosya bulundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln tanesi dışa aktarımda yok (mesajları korunur)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Sorun bulunamadı.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>İçe aktarma tamamlandı: %2 içine %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln yeni mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln sohbet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln tanesi zaten kitaplıktaydı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln medya dosyası eklendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>%Ln satır atlandı (Notlar&apos;a bakın).</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Hiçbir şey içe aktarılmadı; kitaplık değişmedi.</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>İçe aktarma iptal edildi; kitaplık değişmedi.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Silinmiş Hesap</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln mesaj kitaplıktaki kopyadan farklı (ikisi de saklandı).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>Bu dosya, yedekleme anahtarı içeren bir metin dosyası değil.</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Anahtar dosyasını aç…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>Yedekleme anahtarı dosyanızı açın</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Anahtar dosyaları (*.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>Anahtar dosyasını &amp;aç…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>Anahtarı &quot;Dosyaya kaydet…&quot; ile kaydettiğiniz dosyadan okuyun</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1 haneli anahtar</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>Dosyaya ka&amp;ydet…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Kurtarma kodunuz</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>Kopyalandı. Güvenli bir yere yapıştırın, sonra panonuzu temizleyin.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Kurtarma kodunuzu kaydedin</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

Bu dosyayı güvenli ve çevrimdışı bir yerde saklayın. Şifrenizle birlikte, yedeğinizi yeni bir bilgisayara geri yüklemenizi sağlar.
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>Yedekleme anahtarınızı kaydedin</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Metin dosyaları (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

Bu dosyayı güvenli ve çevrimdışı bir yerde saklayın. Dosyaya sahip olan herkes yedeklerinizi okuyabilir.
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>Kaydedildi. Dosyayı bu bilgisayardan taşıyın, örneğin bir USB belleğe.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>%1 haneli anahtarınız</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>Şifrenizi ya da anahtarınızı girin</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>Yedek uçtan uca şifrelidir. Kilidi burada, bu bilgisayarda açılır.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Bulunan yedekler</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Yedek grubu</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Yedek şifresi</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>Anahtar kasası kurtar&amp;ma kodu</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Anahtar kasası kurtarma kodu</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>Anahtar kasası &amp;adresi</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Anahtar kasası adresi</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>Bu bilgisayar bu anahtar kasasını daha önce kullanmadı</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>Anahtar kasasının adresi ve kimliği</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>Yalnızca bu yedeği kurarken seçtiğiniz anahtar kasası buysa devam edin. Yedeğin depolandığı yeri değiştirebilen biri, hesabınızı kanıtlayan bilgiyi toplamak ve şifre denemelerinizi tüketmek için yedeğe başka bir sunucu yazdırabilir.</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>Bu yedek için seçtiğim anahtar kasası bu</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>Anahtar kasasını onayla</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>Koruma yöntemi %1 olan yedekler (en yenisi: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>%n yedek bulundu, en yenisi: %1. Koruma: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Şifre</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>Adres: %1
Kimlik (sunucu anahtarı parmak izi): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>Kontrol ediliyor… (tahmin etmeyi zorlaştırmak için bilerek birkaç saniye sürer)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>Anahtar kasası ayarlanırken gösterilen %1 haneli kod. Yedeği oluşturan bilgisayarda gerekmez.</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1 haneli anah&amp;tar</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>Yalnızca anahtar kasanız yeni bir adrese taşındıysa değiştirin. Bu yedeğin yapıldığı kasa olmaya devam etmelidir. Aynı kasanın birden çok adresi (sunucuları) virgülle ayrılır.</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Anahtar kasasının adresini (http:// ya da https://) ya da aynı kasanın virgülle ayrılmış birden çok adresini girin: en fazla %1, hiçbiri iki kez olmadan.</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>Adresler: %1
Kimlik (sunucu anahtarı parmak izi): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui — Sohbet yedeği</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Kitaplık: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>Sohbetleriniz okunuyor…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>backupgui logosu</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>Sohbetleriniz güvenle yedekte</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>Bu bilgisayarda henüz sohbet yok. WhatsApp ya da Telegram&apos;dan dışa aktarılmış bir sohbeti içe aktarın, sohbetleri bir yedekten geri yükleyin ya da örnek sohbetlerle göz atın.</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>Sohbetleri &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Bir yedekten geri yük&amp;le…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>&amp;Örnek sohbetlerle dene</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>Sohbetlerde ara (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Sohbetlerde ara</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tümünü seç</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Hiçbirini seçme</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>&amp;Videoları dahil et</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>Videoları yedeklemeye dahil et</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>İşaretli sohbetler yedeklenir. Boşluk tuşu geçerli sohbeti işaretler ya da işareti kaldırır; Enter sohbeti açar.</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>Yedeklenecek sohbetleri işaretleyin. Okumak için bir sohbete çift tıklayın.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Hatırlatıcı</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Yedek şifrenizi hâlâ hatırlıyor musunuz?&lt;/b&gt; Sohbetlerinizi yeni bir bilgisayara geri yükleyebilmek için şimdi kontrol edin.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Şimdi &amp;kontrol et</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Daha sonra</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Yedekten &amp;geri yükle…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>Y&amp;edekleme</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>Yedeklemeyi &amp;iptal et</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>Uçtan uca &amp;şifreleme…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>Şifremi kontrol &amp;et…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>Şifrelemeyi &amp;kapat…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>Sohbet &amp;bul</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>Sohbeti &amp;aç</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>Sohbet listesini &amp;yeniden yükle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Günlüğü göster</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>backupgui &amp;hakkında</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln sohbet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>Sohbetleriniz okunamıyor</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>Örnek sohbetler oluşturuluyor…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>Örnek sohbetler oluşturulamıyor</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>Yedekleme tamamlandı: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>Yedekleme iptal edildi. Bir önceki yedek değişmedi.</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Yedekleme uyarılarla tamamlandı</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>Yedek kaydedildi, %Ln uyarı var:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>Sohbet dışa aktarımlarını içe aktarma yakında geliyor.</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>backupgui hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;Sohbetlerinizin Google Drive&apos;a ya da bir klasöre uçtan uca şifreli yedekleri.&lt;/p&gt;&lt;p&gt;Şifreniz ve anahtarınız bu bilgisayardan hiç çıkmaz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>Bir yedekleme çalışıyor</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>Yedekleme durdurulup çıkılsın mı?</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>Yedekleme güvenle durur ve önceki yedeğiniz olduğu gibi kalır. Önceden yüklenen parçalar hedefte kalır, böylece sonraki yedekleme bunları yeniden göndermez.</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>Bir geri yükleme çalışıyor</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>Geri yükleme durdurulup çıkılsın mı?</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>Geri yükleme güvenle durur; bu bilgisayarda hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>Geri yüklemeyi durdur ve &amp;çık</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>Geri yüklemeye &amp;devam et</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>Yedeklemeyi durdur ve &amp;çık</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>&amp;Yedeklemeye devam et</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>Yedekleme güvenle durur. Bu hedefte henüz tam bir yedek yok; zaten yüklenen parçalar orada kalır, bu yüzden sonraki yedekleme onları yeniden göndermez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;%1 haneli anahtarınızı hâlâ hatırlıyor musunuz?&lt;/b&gt; Sohbetlerinizi yeni bir bilgisayara geri yükleyebilmek için şimdi kontrol edin.</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>Yedekleme iptal edildi. Burada henüz tam bir yedek yok.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>backupgui.ini dosyasındaki bir ayar geçerli değildi ve varsayılan değerine sıfırlandı: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>backupgui.ini dosyasındaki bazı ayarlar geçerli değildi ve varsayılan değerlerine sıfırlandı: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>Tamam, anladım</translation>
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
        <translation>Siz</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>Medya bu bilgisayarda yok</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>Fotoğraf bu bilgisayarda yok</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>Video bu bilgisayarda yok</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>Sesli mesaj bu bilgisayarda yok</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>Ses dosyası bu bilgisayarda yok</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>Çıkartma bu bilgisayarda yok</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>Belge bu bilgisayarda yok</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>Medya dışa aktarmaya dahil değil</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>Fotoğraf dışa aktarmaya dahil değil</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>Video dışa aktarmaya dahil değil</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>Sesli mesaj dışa aktarmaya dahil değil</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>Ses dosyası dışa aktarmaya dahil değil</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>Çıkartma dışa aktarmaya dahil değil</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>Belge dışa aktarmaya dahil değil</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Çıkartma</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Silinmiş Hesap</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>Birisi</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>Bilinmeyen katılımcı</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>Mesajlar ve aramalar uçtan uca şifrelidir. WhatsApp dahil bu sohbetin dışındaki hiç kimse onları okuyamaz veya dinleyemez.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Bu mesaj silindi</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>Bu mesajı sildiniz</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Cevapsız sesli arama</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Cevapsız görüntülü arama</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>Cevapsız grup sesli araması</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>Cevapsız grup görüntülü araması</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>Eklendiniz</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>Çıkarıldınız</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>Artık yöneticisiniz</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>Bu grubun davet bağlantısıyla katıldınız</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>Güvenlik kodunuz değişti</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>%1 ile güvenlik kodunuz değişti</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>%1 grup adını &quot;%2&quot; olarak değiştirdi</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>Grup adını &quot;%2&quot; olarak değiştirdiniz</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>%1 grup adını değiştirdi</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>Grup adını değiştirdiniz</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 bu grubun simgesini değiştirdi</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>Bu grubun simgesini değiştirdiniz</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>%1 grup açıklamasını değiştirdi</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>Grup açıklamasını değiştirdiniz</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>%1 telefon numarasını %2 olarak değiştirdi</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>%1 telefon numarasını değiştirdi</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>%1 &quot;%2&quot; grubunu oluşturdu</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>&quot;%2&quot; grubunu oluşturdunuz</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>%1 bu grubu oluşturdu</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>Bu grubu oluşturdunuz</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>Katıldınız</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Ayrıldınız</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>%1 sizi ekledi</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>%1 sizi çıkardı</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 bir katılımcı ekledi</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>Bir katılımcı eklediniz</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 bir katılımcıyı çıkardı</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>Bir katılımcıyı çıkardınız</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 ekledi: %2</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>Eklediniz: %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 çıkardı: %2</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>Çıkardınız: %2</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>%1, &quot;%3&quot; mesajına %2 ile tepki verdi</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>&quot;%3&quot; mesajına %2 ile tepki verdiniz</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>%1, %2 ile tepki verdi</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>%2 ile tepki verdiniz</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (burada gösterilmeyen %Ln karakter daha)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 bu grubun simgesini sildi</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>Bu grubun simgesini sildiniz</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>%1 bu grubun davet bağlantısıyla katıldı</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>%1 katıldı</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>%1 eklendi</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>%1 ayrıldı</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>%1 artık yönetici</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>%1 eklendi</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>%1 eklendi</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>%1 katıldı</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>%1 katıldı</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>%1 ayrıldı</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>%1 ayrıldı</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>%1 bu grubun davet bağlantısıyla katıldı</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>%1 bu grubun davet bağlantısıyla katıldı</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>%1 artık yönetici</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>%1 artık yönetici</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Sesli arama, cevaplanmadı</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Görüntülü arama, cevaplanmadı</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Grup sesli araması, cevaplanmadı</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Grup görüntülü araması, cevaplanmadı</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Sesli arama, %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Görüntülü arama, %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Grup sesli araması, %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Grup görüntülü araması, %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>Bu sohbette bulunmayan bir mesaja yanıt</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>Yanıt: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>Yanıt (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>%Ln sürüm daha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Düzenlendi: bu mesajın iki sürümü var</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Bu mesajın iki sürümü var</translation>
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
        <translation>Yeni şifre</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Tekrar yazın</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Şifreyi onayla</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Şifre</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>Şifreyi &amp;onayla</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Sık kullanılan bir şifre değil</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>İki giriş eşleşiyor</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Çok zayıf</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zayıf</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Güçlü</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>En az %1 karakter</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Şifreyi göster</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Şifreyi gizle</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>Şifreyi göster veya gizle (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>Yolu &amp;kopyala</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>Telefon yedeğinden içe aktar</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>Tüm WhatsApp geçmişinizi telefonun kendi yedeğinden içe aktarın: bir Android telefondan msgstore.db.crypt15 (WhatsApp/Databases) ya da Finder veya iTunes ile oluşturulmuş bir iPhone yedek klasörü. Bunları ve anahtarı nerede bulacağınızı docs/IMPORT.md açıklar.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Yedek seçilmedi</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>Telefon yedeği dosyası ya da klasörü</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Dosya seç…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>iPhone &amp;yedek klasörü…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Yedek:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>Anahta&amp;r dosyası…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key ya da bir .crypt14/.crypt12 yedeğinin &quot;key&quot; adlı dosyası</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>iPhone yedek şifresi</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>Yedek &amp;şifresi:</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>İsteğe bağlı: telefondan kopyalanan WhatsApp Media klasörü</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Medya klasörü</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Klasör seç…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medya:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>İsteğe bağlı: kişi adları için wa.db</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Kişiler dosyası</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kişiler:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>Yedeği &amp;aç</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Yedekteki sohbetler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>WhatsApp yedeğini seçin</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>WhatsApp yedekleri (*.crypt15 *.crypt14 *.crypt12 *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>iPhone yedek klasörünü seçin</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Anahtar dosyasını seçin</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>Anahtar dosyası: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>WhatsApp Media klasörünü seçin</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>wa.db dosyasını seçin</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>Kişi veritabanı (wa.db*);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>Yedek inceleniyor…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>Medya dosyaları aranıyor…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>iPhone yedeği. Okumak için Yedeği aç&apos;a basın.</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>Şifreli iPhone yedeği: şifresini girin, sonra Yedeği aç&apos;a basın.</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>Android yedeği: anahtarını girin, sonra Yedeği aç&apos;a basın.</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>Android mesaj veritabanı. Yedeği aç&apos;a basın.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Yedek açılıyor…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Durduruldu.</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>İçe aktarılacakları kontrol edin, sonra İçe aktar&apos;a basın.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln sohbet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>%Ln medya dosyası bulundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>%Ln tanesi bu bilgisayarda yok (mesajları korunur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>%Ln yeni mesaj içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln tanesi zaten kitaplıktaydı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln medya dosyası eklendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>%Ln dosya bu bilgisayarda yok.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Bireysel</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Sorun bulunamadı.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>İçe aktarma iptal edildi; kitaplık değişmedi.</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Yedeğin şifresi çözülüyor…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>Mesajlar içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>iPhone yedeğinin kilidi açılıyor…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Hiçbir şey içe aktarılmadı; kitaplık değişmedi.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
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
        <translation>Uçtan uca şifreli yedeklemeyi açtığınızda WhatsApp&apos;ın gösterdiği anahtar (%2&apos;lük %1 grup).</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>%1 haneli anah&amp;tar:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln mesaj kitaplıktaki kopyadan farklı (ikisi de saklandı).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>Sohbetleriniz geri yükleniyor</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>Bilgisayarınızı kullanmaya devam edebilirsiniz. İptal ederseniz bu bilgisayarda hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Geri yükleniyor…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>Geri yükleme tamamlanmadı</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Bu bilgisayarda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Geri yükleme iptal edildi</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>Bu bilgisayarda yeterli boş alan yok</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>Yeterli boş alan yok</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>Hiçbir şey indirilmedi ve bu bilgisayarda hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>Bu geri yükleme, sohbet kitaplığının bulunduğu diskte (%3) yaklaşık %1 gerektiriyor; orada %2 boş.</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>O diskte yer açıp Tekrar dene&apos;yi seçin ya da geri gidip daha az sohbet seçin. Başka bir diskteki sohbet kitaplığına geri yüklemek için backupgui&apos;yi --library ve o diskteki bir klasörle başlatın.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Geri yükleme ilerlemesi</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>Yedekleme ilerlemesi</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>Tamamlanan bayt, hız ve kalan süre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>D&amp;uraklat</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%1 / %Ln sohbet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1 · duraklatıldı</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>yaklaşık %1 kaldı</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>Duraklatıldı — hiçbir şey okunmuyor ya da gönderilmiyor.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>Güvenli şekilde durduruluyor; bir önceki yedek olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>Güvenli şekilde durduruluyor; zaten yüklenenler sonraki yedekleme için saklanır.</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive şu anda çalışmıyor. Yeniden deneniyor (deneme %1 / %2)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive&apos;a ulaşılamıyor: internet bağlantısını kontrol edin. Yeniden deneniyor (deneme %1 / %2)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>Güvenli şekilde durduruluyor; bu bilgisayardaki sohbetler olduğu gibi kalır.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Tümünü &amp;Seç</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Yukarı çık</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Aşağı in</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ayrıntıları Göster…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ayrıntıları Gizle…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tümünü Kaydet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Tümüne Evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>&amp;Tümüne Hayır</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>İptal Et</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden Dene</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Yok Say</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Öntanımlıları Geri Yükle</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Bağlantı Konumunu Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Sonraki</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Geri Git</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>İşle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>Sohbetleri bir yedekten geri yükle</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Bitti</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>Yedekleri &amp;bul</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Geri &amp;yükle</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;İleri &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>Bir yıllık geçmiş (önerilen)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>Hiçbiri: yalnızca en yeni yedekler</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>Saklanan eski yedekler</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>Yedek geç&amp;mişi:</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>&amp;Günde bir, son:</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>&amp;Haftada bir, son:</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>A&amp;yda bir, son:</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>Y&amp;ılda bir, son:</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>Geri dönebileceğiniz yedekler</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> hafta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> ay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> yıl</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>Yedekler değişmeyen kısımları paylaşır; bu yüzden daha uzun bir geçmiş yalnızca biraz daha fazla yer kaplar.</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln hafta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln ay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln yıl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>Son %1 içindeki herhangi birine ve en yeni %Ln yedeğin her birine geri dönebilirsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>Yalnızca en yeni %Ln yedeğe geri dönebilirsiniz: yanlışlıkla silinen bir sohbet, %Ln yedek daha alındıktan sonra hiçbirinde kalmaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>Eski anahtarı sil…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>Eski anahtarı sil</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>Eski anahtarı anahtar kasasında sil</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>%1 anahtar kasası, değiştirilen bir yedeğin (yeni bir anahtarla ya da korumanın değiştirilmesiyle) anahtarını hâlâ saklıyor. O eski yedeğin bir kopyasını saklayan biri onu orada eski şifreyle açabilir. Bu anahtarı silmek için eski şifreyi girin; şifre kaydedilmez.</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>&amp;Eski şifre</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>Eski şifre</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>Anahtar kasası &amp;kurtarma kodu</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Anahtar kasası kurtarma kodu</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>Eski anahtarı &amp;sil</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>Eski anahtar anahtar kasasında siliniyor…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>Anahtar kasası eski anahtarı artık saklamıyordu: silinecek bir şey kalmadı.</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>Eski anahtar anahtar kasasında silindi. Eski yedeğin saklanan bir kopyası artık orada açılamaz.</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>Bu bilgisayar anahtar kasasını tek başına kullanamaz. Anahtar kasasını ayarlarken kaydettiğiniz kurtarma kodunu eski şifreyle birlikte girin.</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>Eski anahtar burada listede kalır: daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>Eski anahtar silinemedi</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>Durduruldu. Eski anahtar hâlâ anahtar kasasında; yeniden deneyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: karşılandı</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: karşılanmadı</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Yedekleme planı</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Plan kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Daily</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Aylık</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Otomatik yedekle</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>&amp;Otomatik yedekle:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Günün saati</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>&amp;Saatte:</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>&amp;Haftanın gününde:</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>Daha kısa aylarda yedekleme ayın son gününde çalışır.</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>Ayın &amp;gününde:</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>&amp;Sınırlı bağlantılarda da yedekle (mobil veri, erişim noktaları)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Herhangi bir seviye</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>Pil gücündeyken pil bu seviyenin altındaysa şarj cihazının takılmasını bekle.</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>Pil gücünde yalnızca &amp;bunun üstünde:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>Bir yedekleme başarılı olduğunda &amp;bildir (hatalar her zaman gösterilir)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>Oturum açtığımda backupgui&apos;yi başla&amp;t (tepside)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>Otomatik yedeklemeler, backupgui sistem tepsisindeyken çalışır. Kaçırılan yedeklemeler bilgisayar uyandıktan kısa süre sonra çalışır.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>Bu masaüstünde sistem tepsisi görünmüyor, bu yüzden otomatik yedeklemeler yalnızca backupgui penceresi açıkken çalışır. Kaçırılan bir yedekleme, pencereyi açtıktan kısa süre sonra çalışır.</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>Oturum açtığımda backupgui&apos;yi başla&amp;t</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>Kapalı (sadece &quot;Yedekle&quot;ye tıkladığımda)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>bugün %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>yarın %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>dün %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>bağlantı sınırlı (sınırlı bağlantılarda yedekleme kapalı)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>pil %%1 seviyesinde, %%2 sınırının altında</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>internet bağlantısı yok</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>başka bir yedekleme çalışıyor</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Zaten bir yedekleme çalışıyor</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Bitmesini bekleyin ya da önce iptal edin.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Otomatik yedeklemeler kapalı</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>Sonraki yedekleme: bekliyor, çünkü %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>Sonraki yedekleme: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Yedekleme atlandı</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>Otomatik yedekleme çalışmadı, çünkü %1. Sonraki planlı zamanda çalışacak; isterseniz Şimdi yedekle&apos;yi de seçebilirsiniz.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln sohbet, %1, %2 içinde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>Sohbetleriniz yedeklendi.</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Yedekleme tamamlandı</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>Beklenmeyen bir hata yedeklemeyi durdurdu (%1). Ayrıntılar günlükte.</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>Yedekleme şifrenize ihtiyaç duyuyor</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>backupgui %1 yeniden deneyecek.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Yedekleme başarısız oldu</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Şifrenizi ya da %1 haneli anahtarınızı girmek için backupgui&apos;yi açıp Yedekle&apos;ye tıklayın.</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>Eski anahtar hâlâ anahtar kasasında</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>Eski şifrenizle silmek için buraya tıklayın.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (ve %Ln uyarı daha)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Yedekleme uyarılarla tamamlandı</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>yedek kümesini başka bir bilgisayar (%1) kullanıyor</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>yedek kümesinde yedekleme yapan bilgisayarların oluşturduğundan fazla kilit nesnesi var</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>Yedek kümesini başka bir bilgisayar kullanıyor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Yedeklerin gideceği yer</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>Bir &amp;klasör</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>Örneğin bir USB bellek ya da eşitlenen bir klasör</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Göza&amp;t…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>Yedekler, Drive&apos;ınızda yalnızca backupgui&apos;nin görebildiği gizli bir uygulama klasörüne gider.</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (yakında)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Yedekleme</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Bu bilgisayarın adı</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>&amp;Videoları dahil et</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Saklanacak yedekler</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>Bu bilgisayarın &amp;adı:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Son kaçı &amp;saklansın:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Anahtar kasası adresi</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Günlük düzeyi</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>Gün&amp;lük düzeyi:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Sistem dili (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>backupgui yeniden başlatıldıktan sonra yeni dili gösterir.</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> yedek</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Yedek klasörünü seçin</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>Yedekleriniz için klasörü seçin.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>Önce Google Drive&apos;da oturum açın ya da bir klasör seçin.</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>Klasör denetlenemiyor</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 bir dosya, klasör değil. Yedekler için bir klasör seçin.</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>Yedekleme sürücüsü bağlı değil: %1 klasörünü içeren sürücüyü bağlayın ya da başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>Klasörün tam yolunu girin (örneğin /home/siz/Yedekler) ya da Gözat düğmesine tıklayın.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 mevcut değil, içinde bulunacağı klasör de mevcut değil. Var olan bir klasör seçin ya da onu içeren sürücüyü bağlayın.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Klasör oluşturulsun mu?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>%1 klasörü henüz yok.</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>%1 içinde oluşturulsun mu?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>Klasör &amp;oluştur</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Klasör oluşturulamıyor</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>A&amp;nahtar kasası:</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>backupgui %1 konumuna yazamıyor (sürücü salt okunur ya da klasör size ait değil). Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>backupgui&apos;nin bu kopyası Google Drive&apos;da kendi başına oturum açamaz: kendi Google Cloud istemcinizi ya da Drive emülatörünü (yukarıda) kullanın veya bir klasör seçin.</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>Ayarlar ve günlükler burada saklanır. Şifreler ve anahtarlar asla burada saklanmaz.</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Ayar dosyası:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>Günlük klasörü:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>Google Drive&apos;da oturum açın</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Oturum açmayı tarayıcınızda tamamlayın</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>Tarayıcınız Google&apos;ın oturum açma sayfasını gösteriyor. Orada oturum açıp İzin ver&apos;i seçin, sonra buraya dönün.</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Tarayıcı penceresi açılmadıysa bu bağlantıyı tarayıcınıza kopyalayın:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>Oturum açma bağlantısı hazırlanıyor…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Oturum açma bağlantısı</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Bağlantıyı &amp;kopyala</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Tarayıcıyı yeniden &amp;aç</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Oturum açma durumu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tekrar dene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>Tarayıcı açılamadı: bağlantıyı tarayıcınıza kopyalayın.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>Oturum açmayı bitirmeniz bekleniyor… (%1 kaldı)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>Google&apos;da oturum açılamadı</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>Oturum açma tamamlanmadı</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Bir sorun oluştu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Bağlantı kopyalandı. Tarayıcınızın adres çubuğuna yapıştırın.</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>Tarayıcınız Drive emülatörünün oturum açma sayfasını gösteriyor. Orada İzin ver&apos;i seçin, sonra buraya dönün.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Şifre gücü</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>Sohbetleriniz geri geldi</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>Her şeyin yerinde olduğunu görmek için bir sohbet açın.</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>Bu bilgisayardan bu hedefe yedeklemeye &amp;devam et</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>Hedefi hatırlar ve yedekleme anahtarını bu bilgisayarın anahtar zincirinde saklar</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>Geri yüklenen bir sohbeti &amp;aç</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln sohbet&lt;/b&gt; %1 içinde geri yüklendi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>Mesajlar: %1 eklendi, %2 zaten buradaydı.</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>Medya dosyaları: %1 geri yüklendi, %2 zaten buradaydı.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>%Ln medya dosyası yedekte değildi (örneğin dışarıda bırakılan videolar).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>Bu bilgisayarda Google Drive&apos;da hâlâ %1 olarak oturum açık. Bu bilgisayar sizin değilse, ayrılmadan önce hesabı unutun.</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Drive: %1 bu bilgisayarda unutuldu.</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <comment>a restored chat&apos;s name</comment>
        <translation>Sohbeti &amp;aç: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Şimdi &amp;yedekle</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>Yedeklemeyi &amp;iptal et</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>Sonraki yedekleme: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>Yedekleme &amp;planı…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>Yedekleme &amp;geçmişi…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Pencereyi &amp;göster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
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
        <translation>Yedekleriniz nerede?</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>Yedeklediğiniz klasörü ya da Google Drive hesabını seçin.</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>Bir &amp;klasör (USB bellek, ağ paylaşımı, …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>Google &amp;Drive</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>Yedeklerinizi içeren klasör</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Yedek klasörü</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Göza&amp;t…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (yakında)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Yedek klasörünü seçin</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Yedekler aranıyor…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln bayt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Yedeklenecek sohbet seçilmedi.</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>Yedeklemek istediğiniz sohbetleri işaretleyin ya da Tümünü seç&apos;i kullanın.</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>Bunu Ayarlar&apos;dan değiştirin.</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>Bu yedeğin anahtar kasası kaydı daha güvenli hâle getirilebilir.</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>Bu hedefte, bu bilgisayarın yedeklediğinden farklı bir yedek var.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Yedekleme anahtarı bu bilgisayarda kayıtlı değil.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>Saklanacak yedek sayısı en az %1 olmalıdır.</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>Bu, bu hedefe ilk yedek. Onu burada koruyacak şifreyi veya %1 haneli anahtarı seçin.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 başka bir kullanıcıya ait; kaldırıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>%1 okunurken değişti.</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>%1 bir şey çalıştırmaya çalışan görünümler ya da tetikleyiciler içeriyor; reddedildi.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 mevcut değil.</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>%1 kişi adı içermiyor (wa_contacts).</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>%1, %2 GiB&apos;den büyük bir veritabanı içeriyor; reddedildi.</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>%1, %2 MiB&apos;yi aşan bir değer içeriyor; reddedildi.</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>%1 sohbet metin dosyası (.txt) içermiyor; bir WhatsApp dışa aktarımı değil.</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>%1 result.json içermiyor; bir Telegram Desktop dışa aktarımı değil (dışa aktarırken JSON biçimini seçin).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 bir dosya, klasör değil.</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 bir klasör ama iPhone yedeği değil (Manifest.db yok).</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 eksik bir zip dosyası: sonu eksik.</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 kesik (başlığının içinde bitiyor).</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 hasarlı: anahtar doğru ama dosya kimlik doğrulama kontrolünden geçemiyor.</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 boş; hiç mesaj içermiyor.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 ne bir WhatsApp yedek dosyası (.crypt15, .crypt14, .crypt12) ne de bir iPhone yedek klasörü.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 ne bir WhatsApp dışa aktarımı (sohbet .txt dosyası yok) ne de bir Telegram dışa aktarımı (result.json yok).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1, WhatsApp&apos;ın kişi veritabanı değil (wa.db ya da ContactsV2.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1, WhatsApp&apos;ın kişi veritabanı değil (wa.db).</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 bir Telegram dışa aktarımı değil: %2 (satır %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 bir WhatsApp sohbet dışa aktarımı değil: %2. satır bir tarih ve saatle başlamıyor (%3).</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 bir klasör değil; kaldırıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 bir web adresi değil (http:// ya da https://).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 bir SQLite veritabanı değil.</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 bir iPhone yedek klasörü değil.</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 şifre korumalı; sohbeti şifresiz olarak yeniden dışa aktarın.</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 bir WhatsApp anahtar dosyası olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>%1 bu anahtarla açılıyor ama mesaj veritabanı içermiyor (WhatsApp medya ve ayarları da bu şekilde yedekler).</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>%1 bu anahtarla açılıyor ama içeriği hasarlı ya da kesik.</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>Bir dosya bu diskin ya da hesabın izin verdiğinden büyük. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>Burada anahtarın kendisi değil, bir anahtar dosyası bekleniyor; anahtarı bir dosyaya koyun ya da BACKUPGUI_WHATSAPP_KEY kullanın.</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>Bir yedeği anahtar kasasıyla korumak için bir anahtar kasası adresi gerekir.</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>%1 içinde özel bir çalışma klasörü oluşturulamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>%1 klasörü hazırlanamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>%1 anahtar dosyası okunamıyor: %2.</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>Şifreyi ya da anahtarı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>Hedef olarak bir klasör ya da Google Drive seçin.</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>Bir günlük düzeyi seçin.</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>Telefonun WhatsApp/Databases klasöründen msgstore.db.crypt15 (ya da .crypt14 / .crypt12) dosyasını veya Finder ya da iTunes ile oluşturulmuş bir iPhone yedek klasörünü seçin.</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>WhatsApp&apos;ın &quot;Sohbeti dışa aktar&quot; ile oluşturduğu .txt ya da .zip dosyasını veya Telegram Desktop&apos;ın result.json dosyasını seçin.</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>Diğer backupgui penceresini ya da komutunu kapatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>Dosyayı telefondan yeniden kopyalayın; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>&quot;Masaüstü uygulaması&quot; türünde bir OAuth istemcisi oluşturun (&quot;Web uygulaması&quot; değil).</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>Yeni anahtar oluşturuluyor</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>Şifreleniyor ve yükleniyor</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>Diskte yer açıp yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>Bu bilgisayara bir ad verin.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>Google Drive&apos;a ulaşılamadı.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>Google Drive kayıtlı oturumu kabul etmedi (süresi dolmuş ya da iptal edilmiş).</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>Google kayıtlı oturumu kabul etmedi (süresi dolmuş ya da iptal edilmiş).</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>Google, backupgui&apos;ye Google Drive için kalıcı erişim vermedi.</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>Bir şifre deposu yükleyin ya da kilidini açın (GNOME Keyring, KWallet, macOS Anahtar Zinciri, Windows Kimlik Bilgileri Yöneticisi) veya yalnızca bu oturum için oturum açın.</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>Geçersiz nesne adı %1.</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>Bu, Finder&apos;da ya da iTunes&apos;da &quot;Yerel yedeği şifrele&quot; için seçilen şifredir; telefonun parolası ya da Apple Kimliği şifresi değil.</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>Manifest.plist bir iPhone yedeğine ait olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>Google oturumu için hiçbir web tarayıcısı açılamadı.</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>Google Drive&apos;da oturum açılmadı.</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>Mesajlar paketleniyor</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>Yedek dizini okunuyor</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>Dışa aktarımın okunması beklenmedik şekilde durdu (ayrıştırıcı %1 koduyla çıktı).</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>Google Hesabı ayarlarınızda backupgui&apos;nin erişimini kaldırıp yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Eski yedekler kaldırılıyor</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>Medya geri yükleniyor</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>Mesajlar geri yükleniyor</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>Anahtar bu bilgisayara kaydediliyor</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>Önce uygulamadan oturum açın ya da BACKUPGUI_DRIVE_TOKEN değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>Google Drive&apos;da yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>Eklenen bazı %1 satırları var olmayan satırlara başvuruyor.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>Google OAuth istemci dosyası %1 mevcut değil.</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>WhatsApp anahtarı yalnızca 0-9 rakamlarını ve a-f harflerini içerir; verilen metinde başka karakterler var.</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>Yedekleme hedefini denetleyin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>Sürücüyü denetleyin (bağlantısı kesilmiş ya da arızalı olabilir), sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>Yolu denetleyin ya da onu içeren sürücüyü bağlayın.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Yedekler için bir klasör seçin.</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>Size ait bir klasör seçin ya da klasörün izinlerini değiştirin.</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>%1 klasörünü içeren sürücüyü bağlayın ya da başka bir klasör seçin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>Masaüstü uygulaması istemcisinin JSON dosyasını Google Cloud konsolundan indirin (bkz. docs/DRIVE.md) ve yeniden seçin.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>Bunun yerine yedeğin şifresini girin.</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>Yedekleme hedefinde yer açın ya da başka bir hedef seçin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>Google Drive, %1 içindeki erişim belirtecini kabul etmedi (yanlış ya da süresi dolmuş).</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>İndirme ya da kopyalama bitmemiş olabilir. Sohbeti yeniden dışa aktarın ya da kopyalayın, sonra yeni dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>Adresleri https kullanmalıdır (ya da bu bilgisayarda http).</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>%1 konumunda yedek klasörü yok.</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>Eski yedek grubu kaldırılıyor</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>%1 değişkenine geçerli bir erişim belirteci verin ya da uygulamanın kaydettiği oturumu kullanmak için değişkeni kaldırın.</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>Google Drive&apos;a yedeklemek için yeniden oturum açıp İzin ver&apos;i seçin.</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>Uygulamadan oturum açın; uygulama kopyalanacak bağlantıyı gösterir.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>%1 içindeki Google OAuth istemcisinin %2 değeri güvenli değil.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>%1 içindeki Google OAuth istemcisi bir masaüstü uygulaması için değil.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>%1 içindeki Google OAuth istemcisinde %2 eksik.</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>Google oturum açma işlemi %1 içinde tamamlanmadı.</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>Google oturum açma işlemi iptal edildi.</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>Yedekleme sürücüsü bağlı değil.</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>Yedekte %1 kimlikli bir sohbet yok.</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>Yedek, bir sohbetin %1 dönemine ait mesajlarını iki kez içeriyor.</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>Yedek bildirimi %1 buraya ait değil.</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>Yedek değiştirilmiş ya da kısmen silinmiş olabilir. Saklayın ve yeni bir yedek oluşturun.</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>Yedek nesnesi %1 mevcut değil.</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>Yedek nesnesi %1 eksik.</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>Yedeğin Manifest.plist dosyası hasarlı.</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>Yedeğin anahtar kasası kaydı hasarlı.</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>Yedeğin şifre bölümü hasarlı.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>Yedek hasarlı: %1.</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>%1 tarihleri yılsız yazıyor ve içindeki hiçbir şey hangi yıla ait olduklarını göstermiyor.</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: mesajlarının hiçbiri okunamadı (satır %2: %3).</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>Dışa aktarmalardan içe aktarılan sohbetlerle birleştirilen sohbetler: %1.</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>Yılsız yazılan tarihler %1 ya da sonrası olarak okundu (dışa aktarmadaki son yıldan sonraki yıl); lütfen kontrol edin.</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>WhatsApp&apos;ın oluşturduğu .zip dosyasını içe aktarın (tarihi yılı gösterir), içinden çıkarılan .txt dosyasını değil.</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>%1 yedek bildirimi, bir medya dosyası için başka bir dosyanın blob&apos;unu gösteriyor.</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 için saklanan mesajı yok.</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>Sohbet kitaplığı başka bir program tarafından kullanılıyor.</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>Sohbet, telefon yedeğinden içe aktarılan aynı sohbetle birleştirildi.</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>Bilgisayar pil gücünde, pil %%1 seviyesinde, %%2 sınırının altında.</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>Bağlantı sınırlı (örneğin bir mobil erişim noktası) ve sınırlı bağlantılarda yedekleme kapalı.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>Tarihlerde önce gün de gelebilir, ay da; tarihler gün/ay/yıl olarak okundu.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>Tarihlerde önce gün de gelebilir, ay da; tarihler ay/gün/yıl olarak okundu.</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>Geri yükleme sırasında disk doldu. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>Telefon yedeğinin şifresi çözülürken disk doldu.</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>Sürücü salt okunur bağlanmış ya da yazmaya karşı korumalı: kilidini açın ya da başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 klasörü mevcut değil.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>İş iptal edildi.</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>Anahtar bu yedeği açmıyor (dosyanın kendisi sağlam: sağlama toplamı doğru).</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>Anahtar bu yedeği açmıyor ya da dosya hasarlı (sağlama toplamı da eşleşmiyor).</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>Kasanın döndürdüğü anahtar şifreyi çözmüyor; hasarlı olabilir.</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>Anahtar kasası adresi bir http(s) URL&apos;si değil.</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>Anahtar kasasında bu tanımlayıcıyla zaten bir anahtar var.</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>Anahtar kasası farklı bir sunucu anahtarıyla yanıt verdi; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>%1 adresindeki anahtar kasasına ulaşılamadı.</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>%1 adresindeki anahtar kasası isteği reddetti (HTTP %2).</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>Anahtar kasası hesaba bağlamaya izin vermedi.</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>Anahtar kasası şifre değişikliğine izin vermedi.</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>Anahtar kasası silme işlemini onaylamadı.</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>Anahtar kasası Google hesaplarını kabul etmiyor; bir klasör yedeği ya da başka bir kasa seçin.</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>Anahtar kasası kimliğini kanıtlayamadı; hiçbir şey verilmedi.</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>Anahtar kasası, kayıtlı kaydını değiştirilmiş ya da hasarlı buldu.</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>Anahtar kasası istekleri sınırlıyor; %1 saniye sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>Anahtar kasasının yedek sayısını tutabilmesi için bu yedeğin hesabına dair kanıt gerekiyor.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>Bu yedeğin anahtar kasası kaydı zaten bir hesaba bağlı.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>Bu yedeğin anahtar kasası kaydı, ayarlarında belirtilenden farklı türde bir hesaba bağlı.</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>Anahtar kasası bu Google hesabını reddetti: yedeğin anahtarı başka bir hesaba bağlı. Google Drive&apos;da yedeği oluşturan hesapla oturum açın.</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>Anahtar kasası bu bilgisayarın cihaz kimlik bilgisini ve kurtarma kodunu reddetti. Kurtarma kodunu kontrol edin.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>Anahtar kasası geçersiz bir yedek sıra kaydı gönderdi.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>Anahtar kasası geçersiz bir kayıt yanıtı gönderdi.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>Anahtar kasası geçersiz bir yanıt gönderdi (%1 eksik).</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>Anahtar kasası geçersiz bir yanıt gönderdi (%1).</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>Anahtar kasasının yedek sıra kaydı başka bir yedek grubuna ait.</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>Anahtar kasasının yedek sıra kaydı bu yedeğin anahtarıyla imzalanmamış.</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>Anahtar kasasının sunucu anahtarı beklenen anahtar değil; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>Kitaplıkta %1 kimlikli bir sohbet yok.</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>Şifre bu iPhone yedeğini açmıyor (dosya listesinin şifresi çözülmüyor).</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>Şifre bu iPhone yedeğini açmıyor.</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>Şifre bu yedek için doğru değil.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Şifre en az %1 karakter olmalıdır.</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>Kayıtlı Google oturumu farklı bir OAuth istemcisine ait.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>Bu yedeğin kasa ayarları hasarlı.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>Bu yedeğin kasa ayarları eksik ya da hasarlı.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>%1 yedeği yok.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 konumunda yedek yok.</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>%2 konumunda %1 yedek kümesi yok.</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>%1 konumunda sohbet kitaplığı yok.</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>%1 kimlikli bir sohbet yok.</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>İnternet bağlantısı yok.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>Bu yedek, bir anahtar kasasında saklanan bir şifreyle korunuyor.</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>Bu yedek, bu bilgisayarın daha önce kullanmadığı bir anahtar kasasını gösteriyor: %1 (kimlik %2). Ona hiçbir şey gönderilmedi. Yalnızca bu yedeği kurarken seçtiğiniz anahtar kasası buysa devam edin: yedeğin depolandığı yeri değiştirebilen biri yedeğe kendi sunucusunu yazdırabilir.</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>Bu sohbet kitaplığı backupgui&apos;nin daha yeni bir sürümüyle oluşturuldu.</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>backupgui&apos;nin bu kopyasında yerleşik Google oturum açma yok.</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>Bu veritabanında %1 sohbetten fazlası var; reddedildi.</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>Bu veritabanında çok fazla sohbet var; reddedildi.</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>Bu veritabanı WhatsApp&apos;ın mesaj veritabanı değil (msgstore.db): mesaj tablosu yok.</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>Bu şifreli iPhone yedeğinde kullanılabilir anahtar yok (Manifest.plist).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>Bu dosya bir WhatsApp yedeği değil (başlığı okunamıyor).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>Bu dosya bir WhatsApp yedeği değil (başlık bulunamadı).</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>Bu dosya bir WhatsApp yedeği olamayacak kadar kısa.</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>Bu klasörün Manifest.db dosyası bir iPhone yedeğine ait değil.</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>Bu iPhone yedeğinde WhatsApp mesajı yok (WhatsApp alanında ChatStorage.sqlite yok).</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>Bu iPhone yedeği şifreli: şifresi gerekiyor.</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>Bu, bir yedekleme anahtarı ya da anahtar dosyası olamayacak kadar uzun.</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>Bu, WhatsApp&apos;ın iPhone veritabanı değil (ChatStorage.sqlite).</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>Bu anahtar dosyası başka bir yedeğe ait (sunucu tuzu bu yedeğin oluşturulduğu tuzdan farklı).</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>Bu anahtar dosyası hasarlı (iç kontrolü başarısız).</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>Bu anahtar dosyası hasarlı ya da WhatsApp tarafından oluşturulmamış.</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>Bu anahtar dosyası backupgui&apos;nin tanımadığı bir sürümde.</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>Bu anahtar kasası, Google Drive yedeklerinin şifre denemelerini korumak için kullandığı Google hesaplarını kabul etmiyor.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>Bu anahtar kasası çok eski: bir yedeğin anahtarını bir hesaba bağlayamıyor, bu yüzden yedeğe sahip olan herkes şifre denemelerini tüketebilir. Kasayı güncelleyin.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Bu şifre çok yaygın; tahmin edilmesi daha zor bir şifre seçin.</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>Devam etmek için kasayı onaylayın veya komutu --trust-vault ile yeniden çalıştırın (ya da kasanın adresini --vault URL ile verin).</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>Eski yedeği yine de geri yüklemek için bunu geri yükleme penceresinde onaylayın ya da --backup ile belirtip --accept-rollback ekleyin.</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>Tekrar deneyin. Tarayıcı penceresi açılmadıysa oturum açma bağlantısını tarayıcınıza kopyalayın.</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>Yeniden oturum açmayı deneyin.</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>Anahtar kasası ayarlanırken gösterildiği gibi yazın; boşluklar ve tireler yok sayılır.</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>Bilinmeyen dışa aktarım biçimi %1; &apos;whatsapp&apos; ya da &apos;telegram&apos; kullanın.</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>Yedeğin kilidi açılıyor</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>iPhone yedeğinin kilidi açılıyor</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>Kendi Google Cloud istemcinizi kullanın: Ayarlar → Google Drive → &quot;Kendi Google Cloud istemcinizi kullanın…&quot; (adımlar docs/DRIVE.md dosyasında) ya da Drive emülatörünü deneyin.</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>backupgui&apos;nin Google Drive&apos;ı kullanmasına izin vermediniz.</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>Kitaplıktaki bir medya dosyası hasarlı ve atlandı (%1).</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>Kitaplıkta bir medya dosyası eksik (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>%1 yedek kümesi bu anahtar veya parolayla açılmıyor; yok sayıldı.</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Eski yedekler bu kez kaldırılamadı (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Anahtar kasası bu yedeği en yenisi olarak kaydedemedi; bu yüzden başka bir bilgisayarda geri yükleme, yedek deposunun geri alınıp alınmadığını anlayamaz (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>Bu yedeğin anahtar kasası kaydı hesap bağlamasından önceye ait: yedeğin bir kopyasına sahip herkes parola denemelerini tüketebilir. Hesabınıza bağlamak için parolayla bir yedekleme çalıştırın (backupgui-cli backup) (docs/VAULT.md 1.6).</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>kimliği bir WhatsApp kimliği olmayan bir sohbet</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>JSON nesnesi olmayan bir mesaj</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>ek %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>ikili veri</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>veritabanının sohbet listesinde olmayan sohbetler</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>geçersiz tarih veya saat (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>satır %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>mesaj %1 (satır %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>backupgui&apos;nin gösteremediği türde mesajlar (aramalar, anketler, ödemeler...)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>geçerli tarihi olmayan mesajlar</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>okunabilir tarih yok</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>geçerli UTF-8 metni değil</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>durum güncellemeleri (bunlar sohbet değildir)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>backupgui&apos;nin göstermediği türde sistem bildirimleri</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>ilk mesajdan önceki metin</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>dosyanın geri kalanı okunamadı (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>saatte bilinmeyen ÖÖ/ÖS işareti</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>bilinmeyen mesaj türü %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>Bu yedek backupgui&apos;nin daha yeni bir sürümüyle yapıldı (mesajları %1 biçim sürümünde); bu sürüm onu okuyamaz.</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>backupgui&apos;yi en yeni sürümüne güncelleyin, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 bir WhatsApp sohbet dışa aktarımı değil: %2. satır ikili veri içeriyor.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 bir WhatsApp sohbet dışa aktarımı değil: %2. satır UTF-8 metni değil.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>Bu yedek backupgui&apos;nin daha yeni bir sürümüyle yapıldı (%1 paketi %2 biçim sürümünde); bu sürüm onu okuyamaz.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Bağlanılıyor</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Tamamlanıyor</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Hazırlanıyor</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Kaydediliyor</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Doğrulanıyor</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>Anahtar kasası bu bilgisayarın cihaz kimlik bilgisini ve kurtarma kodunu reddetti. Bu yedeğin anahtar kasasını backupgui&apos;nin daha eski bir sürümü kurduysa önce anahtar kasasının güncellenmesi gerekir: bu sürüm kimlik bilgisini ya da kodu hiçbir zaman göndermez.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>Bu anahtar kasası çok eski: bu bilgisayarın kimlik bilgisini ya da kurtarma kodunu onları almadan kontrol edemiyor ve bu uygulama onları hiçbir zaman göndermez. Hiçbir şey gönderilmedi. Anahtar kasasını güncelleyin.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>Bu yedek backupgui&apos;nin daha yeni bir sürümüyle yapıldı (%1 dizini %2 biçim sürümünde); bu sürüm onu okuyamaz.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>Bu yedek backupgui&apos;nin daha yeni bir sürümüyle yapıldı (%1 anlık görüntüsü %2 biçim sürümünde); bu sürüm onu okuyamaz.</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>%1 paketi hiçbir dizinde yok ve backupgui&apos;nin daha yeni bir sürümüyle yapıldı (%2 biçim sürümü): bir sonraki yedeklemeden önce backupgui&apos;yi güncelleyin</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>Yedek klasörü kayboldu.</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>Yedek klasörü doldu.</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>Yedek klasörü salt okunur.</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>backupgui yalnızca yedek klasörünün kendisini oluşturur, üstündeki klasörleri asla oluşturmaz: yolu kontrol edin veya klasörü içeren sürücüyü bağlayın.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>backupgui&apos;nin yedek klasörüne yazma izni yok.</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>Klasörü içeren sürücüyü bağlayın ya da yedek klasörünü yeniden seçin.</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>Yedek klasörünün bulunduğu sürücüde yer açın ya da başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>Anahtar kasası bu yedeğin şifresini yalnızca yedeğin ait olduğu Google hesabının denemesine izin verir. Google Drive&apos;da oturum açın (hesabınızın kimliğine erişim izniyle) ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>Anahtar kasası bu yedeğin şifresini yalnızca yedeğin cihazlarının denemesine izin verir. Yeni bir bilgisayarda, anahtar kasasını kurarken kaydettiğiniz kurtarma kodunu girin.</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>Google Drive&apos;a yüklemeler önce bu bilgisayarın önbellek klasörüne yazılır: orada diskte yer açın (ya da BACKUPGUI_DRIVE_SPOOL ayarlayın), ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>Bitmesini bekleyin ya da iptal edin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>Bu sohbeti yedeğin dışında bırakın veya o ayki mesajlarının bir kısmını silin, sonra yeniden yedekleyin.</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>%1 yedek kümesi bu anahtar veya parolayla açılmıyor; yok sayıldı</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>%1 paketi hiçbir dizinde yok (yarıda kalmış bir yedeklemeden kaldı; sonraki yedekleme onu sahiplenir)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>%1 paketi hiçbir dizinde yok ve doğrulanamıyor; yok sayıldı</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>bilinmeyen nesne %1 (backupgui adı değil)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>bilinmeyen nesne %1 (backupgui adı değil); yok sayıldı</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>Yedek grubu oluşturuluyor</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>Anahtarı kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>Şifreyi kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>Bu yedeğin bir dosyası Google Drive&apos;da yok.</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>Yeniden yedekleyin: hasarlı kısım yeniden gönderilir.</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>İnternet bağlantısını kontrol edin, ardından yeniden deneyin.</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>Google Drive yüklemeleri için önbellek klasörüne yazılamadı.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>Google Drive&apos;a ulaşılamadı; %1 denemeden sonra vazgeçildi.</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>Google Drive kullanılamaz bir yanıt verdi.</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>Google Drive bir yüklemeyi sürekli kesti.</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>Google Drive sürekli başarısız oldu; %1 denemeden sonra vazgeçildi.</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>Google Drive isteği reddetti.</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>Google Drive hesabın bilgilerini vermeyi reddetti.</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>Google Drive oturum açmayı reddetti.</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>Bu yedeğin bir kısmı Google Drive&apos;a hasarlı ulaştı.</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>Google oturum açmayı reddetti.</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>Google&apos;da oturum açma başarısız oldu.</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>Google Drive yüklemeleri için önbellek klasörü dolu.</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>Google Drive&apos;a bu yükleme zaten bitti.</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>Daha sonra yeniden deneyin ya da Google Drive&apos;da yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>Daha sonra yeniden deneyin. Google Drive reddetmeyi sürdürürse yeniden oturum açın; günlükte Google&apos;ın yanıtı var.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>Google Drive çok yavaş yanıt verdi.</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>Google oturum açmaya zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>%1 adresindeki anahtar kasası çok yavaş yanıt verdi.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>Google Drive çok yavaş yanıt verdi: hiçbir yanıt süresi içinde tamamlanmadı; %1 denemeden sonra vazgeçildi.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 şifreli: onu açan %2 haneli anahtarı (ya da anahtar dosyasını) verin.</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>Bir .crypt15 yedeği %1 haneli anahtarla (ya da encrypted_backup.key dosyasıyla), bir .crypt14 ya da .crypt12 yedeği ise &quot;key&quot; adlı %2 baytlık dosyayla açılır.</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>Bir yedekleme anahtarı 0-9 ve a-f arasından %1 karakterdir; boşluklar ve tireler yok sayılır.</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>Bir yedekleme anahtarı %1 hanedir; bu anahtarda %2 hane var.</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>Bir anahtar kasası kurtarma kodu 0-9 ve a-f arasından %1 hanedir (%3&apos;lük %2 grup); bu metin bir kurtarma kodu değil.</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>%1 haneli anahtarı kontrol edin (WhatsApp onu yalnızca uçtan uca şifreli yedeklemeyi açtığınızda gösterir) ya da bu yedeğe ait anahtar dosyasını seçin.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>%1 ile %2 arasında yedek saklayın.</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>Bu metinde ya da dosyada %1 haneli yedekleme anahtarı bulunamadı.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Şifrenizi ya da %1 haneli anahtarınızı girmek için backupgui&apos;yi açıp Yedekle&apos;ye tıklayın.</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>%1 haneli anahtara geçmek yedeğin kendi anahtarını gösterir; bu anahtar değiştirilemez.</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>%1 haneli anahtar bu yedek için doğru değil.</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>WhatsApp anahtarı %1 hanedir; verilen metinde %2 hane var.</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>WhatsApp anahtarı %1 bayt (%2 hane) olmalıdır.</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>Anahtar kasası, çok fazla yanlış şifreden sonra bu yedeğin anahtarını yok etti. Şifre artık bu yedeği açamaz; yalnızca kaydettiyseniz %1 haneli anahtarı açabilir.</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>Anahtar kasasının kimliği (sunucu anahtarı), bu yedeğin oluşturulduğu kimlikten farklı. Hiçbir şey gönderilmedi; kasa adresini kontrol edin ya da %1 haneli anahtarla geri yükleyin.</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>Şifrenin Argon2id ayarları sınırların dışında: en fazla %1 MiB bellek, %2 geçiş ve %3 şerit.</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>Kurtarma kodu %2 grupta %1 haneden oluşur.</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>Bu yedek %1 haneli bir anahtarla korunuyor; bunun yerine anahtarı girin.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>Bu yedek, %1 haneli bir anahtarla değil, anahtar kasasında tutulan bir şifreyle korunuyor.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>Bu yedek bir şifreyle korunuyor; %1 haneli anahtarla ya da kasayla değil.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>Bu yedek %1 haneli bir anahtarla değil, bir şifreyle korunuyor.</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>Bu dosya bir WhatsApp anahtarı değil: ne bir anahtar dosyası ne de %1 haneli anahtarı içeren bir metin.</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>Bu bir %1 yedeği: %3 haneli anahtarla değil, telefondaki &quot;key&quot; adlı %2 baytlık dosyayla açılır.</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>Bu bir .crypt15 yedeği (uçtan uca şifreli): eski yedeklerin anahtar dosyasıyla değil, %1 haneli anahtarla ya da encrypted_backup.key dosyasıyla açılır.</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>Bu anahtar dosyası %1 bayt; WhatsApp&apos;ınkiler %2 (encrypted_backup.key) ya da %3 (key) bayttır.</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>Bu metinde birden fazla %1 haneli anahtar var; yalnızca yedeğin anahtarını kullanın.</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>%3 saatlik düzende olanaksız saat %1:%2</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>Yeni yedeği kendiniz sildiyseniz yeni bir anahtar oluşturun (Yeni şifre ve yeni yedekleme anahtarı ya da backupgui-cli key rotate): yeni bir kümeye yedekler ve eskisini kaldırır.</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>Yedek dizininde listelenen ama hedefte eksik olan paketler: %1. İçerdikleri yeniden gönderiliyor.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>Bu yedek kümesi (%1) bu bilgisayarda yeni bir anahtarla değiştirildi (%2 kümesiyle), ama hedef yeni kümeyi değil yine bunu sunuyor: depo geri alınmış ya da yeni yedek silinmiş olabilir.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>Bu yedek kümesi (%1) bu bilgisayarda yeni bir anahtarla değiştirildi (%2 kümesiyle), ama hedef yeni kümeyi değil yine bunu sunuyor: depo geri alınmış ya da yeni yedek silinmiş olabilir. Eski kümeye hiçbir şey yedeklenmedi.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Yükleniyor</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>Yedeğin sohbet listesi okunuyor</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>Bu yedek, backupgui&apos;nin bir kerede gösterebileceğinden daha fazla sohbet listeliyor; yedek kurcalanmış olabilir. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>%1 birden fazla .txt dosyası içeriyor; bunlardan birini seçin: %2.</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>Google Drive&apos;da en az %1 yer açın (sonraki yedekler için daha fazla) ya da daha fazla depolama alanı satın alın, sonra yeniden yedekleyin.</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>Google Drive&apos;da yer açın ya da daha fazla depolama alanı satın alın, sonra yeniden yedekleyin.</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>Google Drive dolu (%2 alanın %1 kadarı kullanılıyor).</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>Google Drive dolu (%1 kullanılıyor).</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>Google Drive dolu.</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>Google Drive dolu: bu yedeğin sonraki bölümü %1 gerektiriyor (%2 kullanılıyor).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>Google Drive dolu: bu yedeğin sonraki bölümü %1 gerektiriyor ve yalnızca %2 boş (%4 alanın %3 kadarı kullanılıyor).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>Google Drive dolu: bu yedeğin sonraki bölümü %1 gerektiriyor.</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>%1 konumundaki hiçbir yedek bu anahtarla doğrulanmıyor (%2).</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>%1 konumundaki hiçbir yedek bu anahtarla doğrulanmıyor.</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Bu sistemde kullanılabilir bir anahtar zinciri hizmeti yok. Google oturum açma bilgisi hatırlanamaz.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Bu sistemde kullanılabilir güvenli bir şifre deposu (anahtar zinciri) yok. Google oturum açma bilgisi hatırlanamaz.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>Google OAuth istemci dosyası %1 okunamıyor: iç içe yapısı çok derin.</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Anahtar kasası hangi yedeğin en yeni olduğunu söyleyemedi (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>Anahtar kasası istekleri sınırlıyor; birkaç saniye sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>Bu bilgisayarın anahtar zinciri gizli bilgiler için uygun değil. Google oturum açma bilgisi hatırlanamaz.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>Anahtar kasasının bildiği en yeni yedek, %1 (yedek numarası %2), hedefte yok (bulunan en yeni: %3, yedek numarası %4). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Anahtar kasasının bildiği en yeni yedek, %1 (yedek numarası %2), hedefte yok (hiç yedek bulunamadı). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Anahtar kasasının bildiği en yeni yedek, %1, hedefte yok (bulunan en yeni: %2, yedek numarası %3). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Anahtar kasasının bildiği en yeni yedek, %1, hedefte yok (hiç yedek bulunamadı). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>Bu bilgisayarın bildiği en yeni yedek, %1 (yedek numarası %2), hedefte yok (bulunan en yeni: %3, yedek numarası %4). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Bu bilgisayarın bildiği en yeni yedek, %1 (yedek numarası %2), hedefte yok (hiç yedek bulunamadı). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Bu bilgisayarın bildiği en yeni yedek, %1, hedefte yok (bulunan en yeni: %2, yedek numarası %3). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Bu bilgisayarın bildiği en yeni yedek, %1, hedefte yok (hiç yedek bulunamadı). Depo geri alınmış ya da yedekler silinmiş olabilir.</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>Bulunan tek anahtar zinciri gizli bilgileri şifrelenmemiş düz bir dosyada saklıyor. Google oturum açma bilgisi hatırlanamaz.</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>%2 konumunda %1 ile eşleşen birden fazla yedek var.</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>%2 konumunda %1 ile eşleşen yedek yok.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>Yanlış şifre. Anahtar kasası, anahtarı yok etmeden önce %1 deneme daha izin veriyor.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>Yanlış şifre. Anahtar kasası, anahtarı yok etmeden önce bir deneme daha izin veriyor.</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>Bir geri yükleme zaten çalışıyor (başlatan: %1).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>Bir geri yükleme zaten çalışıyor (başlatan: %1, saat %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>Bir geri yükleme zaten çalışıyor (başlatan: %1, işlem %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Bir geri yükleme zaten çalışıyor (başlatan: %1, işlem %2, saat %3).</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>Bir geri yükleme zaten çalışıyor.</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>Başka bir yedekleme zaten çalışıyor (başlatan: %1).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>Başka bir yedekleme zaten çalışıyor (başlatan: %1, saat %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>Başka bir yedekleme zaten çalışıyor (başlatan: %1, işlem %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Başka bir yedekleme zaten çalışıyor (başlatan: %1, işlem %2, saat %3).</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>Başka bir yedekleme zaten çalışıyor.</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>%1 bloğu hiçbir pakette yok</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>%1 medya bloğunun içeriği yanlış</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>%1 mesaj bloğu, biçimin izin verdiğinden büyük</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>%1 paketi eksik</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>Yedek hasarlı (bulunan sorun sayısı: %1): %2.</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>Yedek nesnesi %1 hasarlı.</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>%1 bloğu yarıda kesilmiş</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>%1 dizini yok sayıldı: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>okunurken kayboldu</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>doğrulama denetiminden geçmiyor</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>geçerli herhangi bir nesneden daha fazla yapı içeriyor (okumak çok fazla bellek gerektirirdi)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>yarıda kesilmiş</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>biçimin izin verdiğinden büyük</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>bozuk biçimli</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>geçerli sıkıştırılmış veri değil</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>%1 bildirimi doğrulama denetiminden geçmiyor</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>%1 bildirimi geçerli herhangi bir bildirimden daha fazla yapı içeriyor (okumak çok fazla bellek gerektirirdi)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>%1 bildirimi yarıda kesilmiş</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>%1 bildirimi, biçimin izin verdiğinden büyük</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>%1 bildirimi bozuk biçimli</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>%1 bildirimi geçerli sıkıştırılmış veri değil</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>%1 paketi doğrulama denetiminden geçmiyor</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>%1 paketi yarıda kesilmiş</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>%1 paketi, biçimin izin verdiğinden büyük</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>%1 paketi, dizininin belirttiğinden daha uzun</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>%1 paketi bozuk biçimli</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>%1 anlık görüntüsü yok sayıldı: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları yarıda kesilmiş</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları, biçimin izin verdiğinden büyük</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları bozuk biçimli</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları, yedeğin listelediği mesajlar değil</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları geçerli sıkıştırılmış veri değil</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları doğrulama denetiminden geçmiyor</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları geçerli herhangi bir bloktan daha fazla yapı içeriyor (okumak çok fazla bellek gerektirirdi)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>Yedek hasarlı (bulunan sorun sayısı: %1), bunlardan bazıları: %2.</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>Eski anahtar, anahtar kasasında siliniyor</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>%1 anahtar kasası, eski yedek kümesi %2 için anahtarı hâlâ saklıyor; anahtar silinemedi (%3) O kümenin bir kopyasını saklayan biri onu orada eski şifreyle hâlâ açabilir.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>%1 anahtar kasası, eski yedek kümesi %2 için anahtarı hâlâ saklıyor: silmek için şifre verilmedi. O kümenin bir kopyasını saklayan biri onu orada eski şifreyle hâlâ açabilir.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>%1 anahtar kasası, eski yedek kümesi %2 için anahtarı hâlâ saklıyor: onu değiştiren yeni anahtar ya da yeni koruma, anahtar silinmeden önce yarıda kesildi. O kümenin bir kopyasını saklayan biri onu orada eski şifreyle hâlâ açabilir.</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>Bir anahtar kasası kaydı %1 haneli bir anahtarla değil, kendi şifresiyle silinir.</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>Anahtar kasasında bu yedek için anahtar yok (silinmiş olabilir).</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>Anahtar kasası şifreyi değiştirirken yanıt vermeyi bıraktı; yeni şifre zaten geçerli olabilir.</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>Anahtar kasası bu yedeğin anahtarını silerken yanıt vermeyi bıraktı; anahtar zaten silinmiş olabilir.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>Yanlış şifre. Anahtar kasası kaç deneme hakkı kaldığını bildirmedi.</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>Oraya bir http://, socks5:// veya socks5h:// proxy adresi yazın ya da ayarı kaldırın.</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>%1 içinde ayarlanan proxy kullanılamıyor: %2 proxy&apos;leri desteklenmiyor (yalnızca http, socks5 ve socks5h).</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>%1 içinde ayarlanan proxy kullanılamıyor: bu bir proxy adresi değil.</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>Bu grubu kaydettiğiniz anahtarla karşılaştırın ya da kaydettiğiniz anahtar dosyasını açın.</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>Anahtarın %1. grubunda %3 yerine %2 hane var.</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>Anahtarın %1. grubunda hiçbir anahtarda olmayan “%2” var: bir anahtarda yalnızca 0-9 rakamları ve a-f harfleri bulunur.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>Bu sohbeti yedeğin dışında bırakın, sonra yeniden yedekleyin.</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>Yeni bir anahtar oluşturun (Yeni şifre ve yeni yedekleme anahtarı ya da backupgui-cli key rotate): yeni bir kümeye yedekler ve bu kümeyi kaldırır.</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>%1 sohbetinde %2 ile %3 yılları dışında tarihli bir mesaj var; bir yedek bunu alamaz. Yedekleme durduruldu; kitaplık ve önceki yedekler değişmedi.</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>Bu yedek kümesi (%1), bir yedeğin alabileceği en yüksek numaralı bir yedek içeriyor; bu numaraya yalnızca sahte bir yedek ulaşır: ondan sonra hiçbir yedek gelemez. Hiçbir şey yedeklenmedi.</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>%1 nesnesi normal bir dosya değil</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>%1 dosyasının içeriği yanlış</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>%1 dosyası eksik</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%1 sohbetinin %2 mesajları eksik</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>%1 okunamıyor: disk dolu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>%1 okunamıyor: yeterli bellek yok.</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>%1 diskten okunamadı; yeniden kopyalayıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 hasarlı bir zip dosyası.</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1, backupgui&apos;nin okuyamadığı bir yöntemle sıkıştırılmış; başka bir programla açıp klasörü seçin.</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 eksik (indirme veya kopyalama tamamlanmadı); yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 hasarlı veya bir veritabanı değil.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 hasarlı.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 başka bir program tarafından kullanılıyor; o programı kapatıp tekrar deneyin.</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 bir veritabanı değil.</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>Yedeğin anahtar torbası hasarlı.</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>Mesaj veritabanı</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>yolunun bir kısmı klasör değil, dosya</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>backupgui&apos;nin bunu kullanma izni yok (izinleri kontrol edin)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>mevcut değil (taşınmış veya silinmiş olabilir)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>bu bir dosya değil, klasör</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>çok fazla sembolik bağlantıdan (veya bir bağlantı döngüsünden) geçiyor</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>adı bu sistem için çok uzun</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>reddedildi: içe aktarma sırasında sembolik bağlantıya dönüştü</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>reddedildi: artık normal bir dosya değil</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk dolu</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk salt okunur</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>disk bir okuma veya yazma hatası bildirdi (arızalı olabilir veya çıkarılmış olabilir)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>sistem bir hata bildirdi (ayrıntılar günlükte)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>Boş alan denetleniyor</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>Diskte yer açın ya da daha az sohbet geri yükleyin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>Geri yükleme için yeterli boş alan yok: kitaplığın diskinde yaklaşık %1 MB gerekiyor, %2 MB boş. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>Dosyanın izinlerini değiştirin ya da size ait bir kopyayı seçin.</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>Klasörünün var olduğunu ve onu okuyup ona yazabildiğinizi denetleyin.</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>Sürücüyü denetleyin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>Klasörün izinlerini ya da sürücüsünün salt okunur bağlanıp bağlanmadığını denetleyin.</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>Yedek klasörünü yeniden seçin.</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>İstemcinin JSON dosyasının kendisini seçin.</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>O klasörü yedek klasörünün dışına taşıyın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>Kitaplığı bir yedekten geri yükleyin ya da yeni bir kitaplık başlatmak için dosyayı başka bir yere taşıyın.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>Google OAuth istemci dosyası %1 erişilemiyor: yolundaki bir klasör aslında bir dosya.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>Google OAuth istemci dosyası %1 bir dosya değil, bir klasör.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>Google OAuth istemci dosyası %1 bir istemci dosyası değil: geçerli JSON değil.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>Google OAuth istemci dosyası %1 bir istemci dosyası olamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>Yedek klasöründe, yedeğin bir dosyasının olması gereken yerde bir klasör var.</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>Yedek klasörü ya da ona giden yoldaki bir klasör, klasör yerine bir dosya ya da bağlantı.</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>Sohbet kitaplığı değiştirilemiyor: dosyası ya da klasörü salt okunur.</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>Sohbet kitaplığı kullanılamadı.</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>Sohbet kitaplığı dosyası açılamıyor.</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>Sohbet kitaplığı dosyası hasarlı.</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>Sohbet kitaplığı dosyası bir sohbet kitaplığı değil (bir SQLite veritabanı değil).</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>Sohbet kitaplığının bulunduğu disk bir hata bildirdi.</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>Yedek klasörünün bulunduğu sürücü bir hata bildirdi.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>%1 sohbetinin %2 ayındaki mesajları bir yedeğin alabileceğinden fazla (sohbet ve ay başına en çok %3 MiB). Yedekleme durduruldu; kitaplık ve önceki yedekler değişmedi.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>%1 sohbetinin %2 ayındaki mesajları bir yedeğin alabileceğinden fazla (sohbet ve ay başına en çok %3 bayt). Yedekleme durduruldu; kitaplık ve önceki yedekler değişmedi.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>Sohbet kitaplığı için diskte yeterli boş alan yok.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>Tekrar deneyin; yine olursa ayrıntılar günlükte.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>backupgui, Google OAuth istemci dosyası %1 için okuma iznine sahip değil.</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>%2 nesnesine giden yoldaki %1 klasörü bir klasör değil, bir bağlantı ya da dosya</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>Oturum açmayı tamamlamak için Google&apos;a ulaşılamadı.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>Google oturum açma yanıtını kabul etmedi: süresi doldu ya da zaten kullanıldı.</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>Google bu OAuth istemcisini kabul etmiyor: silinmiş ya da istemci dosyası güncel değil.</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>Şifre deposu isteği reddetti: kilitli olabilir ya da hizmeti çalışmıyor olabilir.</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Anahtar kasası adresi bir web adresi (http:// ya da https://) ya da aynı kasanın virgülle ayrılmış birden çok adresi olmalıdır: en fazla %1, hiçbiri iki kez olmadan.</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>%1 adresindeki anahtar kasasının kimliği (sunucu anahtarı) %2 adresindekinden farklı; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>Eski yedekler için %1 ile %2 arasında gün, hafta, ay veya yıl seçin.</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>Yedekteki bir dosya, yedek klasörünün bulunduğu sürücünün izin verdiğinden büyük.</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>Ağ sürücüsüne bağlantıyı kontrol edin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>Büyük dosyaları kabul eden bir sürücüde (FAT32 olmayan) bir klasör seçin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>Daha kısa yolu olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>Bazı programları kapatın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>Google OAuth istemci dosyası %1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>Bilgisayar, yedek klasörünü kullanırken belleği veya açık dosya sınırını tüketti.</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>Yedek klasörünün bulunduğu ağ sürücüsü yanıt vermedi.</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>Yedek klasörünün yolu bu sistem için çok uzun.</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>başka bir program onu kullanıyor (o programı kapatıp tekrar deneyin)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>dosya, bu diskin veya hesabın izin verdiğinden büyük</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>onu barındıran ağ sürücüsü yanıt vermedi (bağlantıyı kontrol edin)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>sistemde çok fazla açık dosya var (bazı programları kapatıp tekrar deneyin)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>yeterli bellek yok (bazı programları kapatıp tekrar deneyin)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 normal bir dosya değil; okunmuyor.</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>%1 dosyasının okunması, bu boyuttaki bir veritabanının okunmasından çok daha uzun sürüyor; reddedildi.</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>Bu iPhone yedeğinin listesi (Manifest.db) %1 sınırından fazla WhatsApp dosyası içeriyor; bu, hiçbir telefonun tuttuğundan fazla. Yedek reddedildi.</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Bu yedekteki bazı mesajlar, kitaplıktaki aynı mesajın kopyasından farklı (sonradan düzenlenmiş ya da başka bir yerde değiştirilmiş). İki sürüm de saklandı.</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Bu dışa aktarımdaki bazı mesajlar, kitaplıktaki aynı mesajın kopyasından farklı (sonradan düzenlenmiş ya da başka bir yerde değiştirilmiş). İki sürüm de saklandı.</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>Başka bir bilgisayar (%1) da son %2 gün içinde bu yedek kümesine yedekleme yaptı. Hiçbir şey kaybolmaz: ikisinin yedekleri tek bir geçmişte saklanır. Bu, yerine yenisini aldığınız bir bilgisayarsa, oradaki yedeklemeleri kapatın.</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>Yeniden yedekleyin: kaldırılan parçaların içeriği yeniden gönderilir.</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>Bu yedeklemenin yeniden kullandığı yedek parçaları, yedekleme sürerken kaldırıldı: %1. Bunları aynı yedek kümesine yedekleme yapan başka bir bilgisayar kaldırmış olabilir. Yeni yedek kaydedilmedi; önceki yedekler değişmedi.</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>kaydı okunamayan aramalar</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>Başka bir bilgisayar (%1) şu anda bu yedek kümesine yedekleme yapıyor; bittiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>Başka bir bilgisayar (%1) şu anda bu yedek kümesinin anahtarını veya parolasını değiştiriyor; birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>Başka bir bilgisayar (%1) şu anda bu yedek kümesini temizliyor; birkaç dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>Eski yedekler bu kez kaldırılmadı: başka bir bilgisayar (%1) şu anda bu yedek kümesini kullanıyor. Sonraki bir yedekleme onları kaldırır.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>Eski yedekler bu kez kaldırılmadı: yedek kümesinde, yedekleme yapan bilgisayarların oluşturduğundan daha fazla kilit nesnesi var. Sonraki bir yedekleme onları kaldırır.</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>Yedek kümesinde %1 yeni kilit nesnesi var; bu, yedekleme yapan bilgisayarların oluşturduğundan fazla: hedefe yazabilen biri onları oraya koymuş olabilir. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>Başka bir bilgisayarın yedek kümesiyle işini bitirmesi bekleniyor</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>Yedeğin ayarları hasarlı ya da bu bir backupgui yedeği değil.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>Yedeğin ayarları değiştirilmiş (anahtar kontrolü başarısız).</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>Yedeğin ayarları değiştirilmiş (doğrulama denetiminden geçmiyor).</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>%1 yedek kümesinin ayarları başka bir yedek kümesine ait.</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>Bu yedeğin ayarları %1 biçim sürümünü belirtiyor; backupgui&apos;nin bu sürümü bunu okuyamaz. backupgui&apos;yi güncelleyin.</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>%1 yedek kümesinin ayarları hasarlı; yok sayıldı</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>%1 yedek kümesinin ayarları yok (bir anahtar değişimi yarıda kalmış olabilir); yok sayıldı</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>backupgui&apos;nin göstermediği bir sonuçla biten aramalar</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1, başka bir sohbette</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Düzenlendi: bu mesajın iki sürümü. Bu: %1. Diğeri: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Bu mesajın farklı göndericilerden iki sürümü. Bu: %1. Diğeri: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Bu mesajın iki sürümü. Bu: %1. Diğeri: %2.</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>kitaplık mesajların nereden geldiğini kaydetmeye başlamadan önce de oradaydı</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>%1 tarihinde geri yüklenen bir yedekten</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>%1 tarihinde içe aktarılan dışa aktarımdan</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>%1 tarihinde içe aktarılan telefon yedeğinden</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>%1 değişkenine drive.appdata kapsamıyla verilmiş bir belirteç verin ya da uygulamanın kaydettiği oturumu kullanmak için değişkeni kaldırın.</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Yeniden oturum açın ve Google&apos;ın sayfasında backupgui&apos;nin Google Drive&apos;ınızdaki kendi verilerini görmesine, oluşturmasına ve silmesine izin veren kutuyu işaretleyin.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Google Drive&apos;da yeniden oturum açın ve Google&apos;ın sayfasında backupgui&apos;nin Google Drive&apos;ınızdaki kendi verilerini görmesine, oluşturmasına ve silmesine izin veren kutuyu işaretleyin.</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Google oturumu backupgui&apos;nin Google Drive&apos;ı kullanmasına izin vermiyor: Google Drive&apos;daki kendi verileri için izin işaretlenmedi.</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>%1 içindeki erişim belirteci backupgui&apos;nin Google Drive&apos;ı kullanmasına izin vermiyor (Drive izni olmadan verilmiş).</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>backupgui&apos;nin Google Drive&apos;ı kullanmasına izin vermediniz: Google Drive&apos;daki kendi verileri için izin işaretlenmedi.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>Google Workspace yöneticinizden backupgui&apos;nin Google Drive&apos;ı kullanmasına izin vermesini isteyin veya başka bir Google hesabıyla oturum açın. O zamana kadar yeniden denemek işe yaramaz.</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>Google Drive, backupgui&apos;ye izin vermiyor: bu Google Workspace hesabının (iş veya okul hesabı) yöneticisi Drive uygulamalarını kapattı.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>Google Workspace yöneticinizden backupgui&apos;ye izin vermesini isteyin veya başka bir Google hesabıyla oturum açın.</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>O kuruluşun bir hesabıyla oturum açın veya başka bir OAuth istemcisi kullanın.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>Bu Google Workspace hesabının (iş veya okul hesabı) yöneticisi, backupgui&apos;nin bu hesapla oturum açmasına izin vermiyor.</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>Bu OAuth istemcisi yalnızca kendi kuruluşunun Google hesapları içindir ve bu hesap onlardan biri değil.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>Yanlış şifre. Anahtar kasası, anahtarı yok etmeden önce daha birçok denemeye izin veriyor.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>Google Workspace yöneticinizden backupgui için erişimi yapılandırmasını isteyin veya başka bir Google hesabıyla oturum açın.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>Bu Google Workspace for Education hesabının (okul hesabı) yöneticisi backupgui için erişimi yapılandırmamış.</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>Klasör seçilmedi</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>Google Drive emülatörü (%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Drive (oturum açılmadı)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Yedekleme hedefi seçilmedi.</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>Ayarlar&apos;ı açıp bir klasör ya da Google Drive seçin.</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>Yedek klasörü seçilmedi.</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>Ayarlar&apos;da bir klasör seçin.</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>Google Drive bu sürümde henüz kullanılamıyor.</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>Şimdilik Ayarlar&apos;da hedef olarak bir klasör seçin.</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>Bilinmeyen hedef.</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>Ayarlar&apos;dan bir tane seçin.</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>Google Drive&apos;da oturum açmadınız.</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>Ayarlar&apos;ı açıp Google Drive&apos;da oturum açın.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>backupgui&apos;nin ihtiyaç duyduğu bir dosyayı ya da klasörü kullanma izni yok.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Klasörün izinlerini kontrol edin ya da başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disk dolu.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Diskte yer açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>backupgui&apos;nin beklemediği bir sorun oluştu.</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>Sohbetleriniz ve yedekleriniz değiştirilmedi. Ayrıntılar günlükte; sorunu bildirirseniz lütfen günlüğü ekleyin.</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Günlüğü göster</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Bilgi</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1/s</source>
        <comment>a transfer speed, e.g. 3.2 MB/s</comment>
        <translation>%1/sn</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds, abbreviated</comment>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, abbreviated</comment>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds, abbreviated</comment>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Bugün, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Dün, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Dün</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>bugün, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>dün, %1</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>backupgui kann nicht starten</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>backupgui kann nicht in %1 schreiben: %2.</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>Mach diesen Ordner beschreibbar (oder schaffe Platz) und starte backupgui erneut.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 gehört einem anderen Benutzer (%2); backupgui verwendet keine Ordner anderer Benutzer.</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>backupgui läuft als root und verwendet dann nur die eigenen Ordner von root: Starte backupgui als dein eigener Benutzer (ohne sudo).</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>Wenn ein Start von backupgui mit sudo ihn angelegt hat, gib ihn deinem Benutzer mit diesem Befehl im Terminal zurück oder entferne ihn; starte backupgui dann erneut:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Es ist kein Backup-Ziel ausgewählt.</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>Öffne backupgui, dann die Einstellungen, und wähle einen Ordner oder Google Drive.</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für den Backup-Schlüssel, daher können automatische Backups nicht von selbst laufen.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Der Backup-Schlüssel ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Für das Backup sind keine Chats ausgewählt.</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>Markiere in backupgui die Chats, die gesichert werden sollen.</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>Nächstes automatisches Backup</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>Backup-&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>Backup-&amp;Verlauf…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>backupgui läuft weiter</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>Automatische Backups laufen im Infobereich weiter. Wähle dort „Beenden“, um sie zu stoppen.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>Öffne backupgui und klicke einmal auf „Sichern“, um ein Passwort oder einen %1-stelligen Schlüssel zu wählen.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet, daher können automatische Backups nicht von selbst laufen.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Backup-Schlüssel nicht herausgegeben, daher können automatische Backups nicht von selbst laufen.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>Noch kein Backup möglich</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>Das Backup-Ziel ist nicht erreichbar</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>Dieses Ziel enthält bereits ein verschlüsseltes Backup. Gib sein Passwort oder seinen Schlüssel ein, damit dieser Computer weiter dorthin sichern kann.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für den Backup-Schlüssel, daher gibst du dein Passwort oder deinen Schlüssel bei jedem Backup ein.</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>Das Backup wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>Ein neuer Schlüssel kann noch nicht erstellt werden</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Das erste Backup an dieses Ziel wurde vor dem Ende angehalten. Gib den %1-stelligen Schlüssel ein, den du dafür gewählt hast; das Backup macht dann dort weiter, wo es angehalten wurde.</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Das erste Backup an dieses Ziel wurde vor dem Ende angehalten. Gib das Passwort ein, das du dafür gewählt hast; das Backup macht dann dort weiter, wo es angehalten wurde.</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>Verschlüsselung mit einer Warnung geändert</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>Das Backup ist jetzt auf die neue Art geschützt, aber:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>Passwort mit Schlüsseltresor</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Chat-Backup</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>Sichere deine Chats und Medien. Alles wird auf diesem Computer Ende-zu-Ende-verschlüsselt, bevor es gespeichert wird.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Ende-zu-Ende-Verschlüsselung</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Schlüssel auf diesem Computer</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Verschlüsselung aktivieren…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>Ziel ändern…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>Für das Backup ausgewählt</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>Ausgewählte Chats jetzt sichern (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>Noch keins an dieses Ziel</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht ausgewählt</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>Google-Drive-Emulator</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>Aktiviert · %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>Verschlüsselung ändern…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>Deaktiviert – du wählst beim ersten Backup ein Passwort oder einen Schlüssel</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>Kein Schlüsselbund auf diesem Computer: Du wirst bei jedem Backup nach deinem Passwort oder Schlüssel gefragt.</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, daher laufen Backups ohne Nachfrage.</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>Das letzte Backup wurde nicht abgeschlossen. %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>Das letzte Backup wurde abgebrochen; das vorherige ist unverändert.</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>Keine Chats ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 Medien</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 Medien (ohne Videos)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>Das Backup wurde abgebrochen, daher gibt es an diesem Ziel noch kein vollständiges Backup. Was schon hochgeladen wurde, bleibt erhalten; das nächste Backup macht dort weiter.</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1 · %2 an Chats</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1-stelliger Schlüssel</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>Wird mit diesem Backup aktiviert · %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>Alten Schlüssel löschen…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>Der alte Schlüssel eines ersetzten Backups liegt noch im Schlüsseltresor unter %1.</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>Noch nicht aktiviert · %1 · das erste Backup wurde vor dem Ende angehalten, deshalb fragt das nächste Backup noch einmal danach</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Wähle ein Backup</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Neuestes Backup</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>Ein älteres Backup &amp;trotzdem wiederherstellen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Gefundene Backups</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>Hier wurden keine Backups gefunden. Prüfe, ob du den Ordner oder das Konto gewählt hast, in das du gesichert hast.</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 ms)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (neuestes)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuestes Backup: %1 von %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>Es wurden neuere Backups als diese erstellt, aber sie fehlen an diesem Ziel (dieser Computer oder der Schlüsseltresor erinnert sich an sie). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>Prüfe, ob das dein neuestes Backup ist: Weder auf diesem Computer noch in einem Schlüsseltresor ist der Verlauf dieses Backups festgehalten.</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>Das ist das neueste Backup, das dieser Computer oder der Schlüsseltresor kennt.</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Gespeicherte Größe</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>Die Größe des Backups am Ziel, komprimiert und verschlüsselt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>Chats des Backups werden gelesen</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>Chats in diesem Backup werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>Auf diesem Computer wurde nichts geändert. Wähle ein anderes Backup oder klicke auf Weiter, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>Angehalten. Auf diesem Computer wurde nichts geändert. Klicke auf Weiter, um die Chats dieses Backups noch einmal zu lesen.</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>Das neueste ist ausgewählt. Ältere Backups werden so aufbewahrt, wie in den Einstellungen festgelegt: standardmäßig je eines für jeden der letzten %1.</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>Einzelchat</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chat name — messages, media files</comment>
        <translation>%1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln Mediendatei</numerusform>
            <numerusform>%Ln Mediendateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1, wird gesichert</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1, wird nicht gesichert</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1, %2, letzte Aktivität %3</translation>
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
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
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
            <numerusform>%Ln Teilnehmer</numerusform>
            <numerusform>%Ln Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>Dieser Chat kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>Der Chat kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>Diese Mediendatei ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>Videos wurden vielleicht nicht in das Backup aufgenommen, aus dem der Chat wiederhergestellt wurde.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>„%1“ ist weder Foto, Video, Audio noch PDF, daher öffnet backupgui die Datei nicht.</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>Dateien anderer Art können beim Öffnen Programme ausführen. Du kannst eine Kopie speichern und sie selbst öffnen, wenn du dem Absender vertraust.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>Der Anhang konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>Nachrichten von %1, älteste zuerst. Mit den Pfeiltasten wechselst du zwischen Nachrichten, Pos1 und Ende springen zur ersten und zur neuesten, die Eingabetaste öffnet einen Anhang, Strg+Eingabetaste auf einer Antwort springt zur zitierten Nachricht und Esc schließt den Chat.</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>Wähle die Chats, die wiederhergestellt werden sollen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Chats im Backup</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>&amp;Zusammenführen: Vorhandenes behalten und fehlende Nachrichten ergänzen (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>&amp;Ersetzen: die Chats hier durch die Version aus dem Backup ersetzen</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>Backup von %1, %2: %3, %4, %5 an Medien.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln Nachricht</numerusform>
            <numerusform>%1  ·  %Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>%Ln dieser Chats ist bereits auf diesem Computer. Was soll damit geschehen?</numerusform>
            <numerusform>%Ln dieser Chats sind bereits auf diesem Computer. Was soll damit geschehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>%1 von %Ln Chat ausgewählt</numerusform>
            <numerusform>%1 von %Ln Chats ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>Keiner dieser Chats ist bisher auf diesem Computer.</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>Chats auf diesem Computer, die nicht in diesem Backup sind, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>Bis zu %1 werden aus dem Backup heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>Google-Konto</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>In dieser Kopie von backupgui ist keine Google-Anmeldung eingebaut. Um in Google Drive zu sichern, verwende deinen eigenen Google-Cloud-Client (kostenlos; „Hilfe“ zeigt die Schritte) oder probiere unten den Drive-Emulator aus.</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>Eigenen Google-Cloud-&amp;Client verwenden…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>&amp;Eingebaute Anmeldung verwenden</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>Ohne Google ausprobieren: Drive-&amp;Emulator verwenden unter</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>Adresse des Drive-Emulators</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>Eigener Client: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>Dein Google-Cloud-OAuth-Client</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>Client-Dateien (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>Diese Client-Datei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>Dein eigener Google-Cloud-Client</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>In Google Drive sichern mit deinem eigenen Google-Cloud-Client</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>In dieser Kopie von backupgui ist keine Google-Anmeldung eingebaut. Um aus Google Drive wiederherzustellen, verwende deinen eigenen Google-Cloud-Client (kostenlos; „Hilfe“ zeigt die Schritte) oder probiere unten den Drive-Emulator aus.</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1. Öffne console.cloud.google.com und erstelle ein Projekt.
%2. APIs &amp; Dienste → Bibliothek: Aktiviere die Google Drive API.
%3. OAuth-Zustimmungsbildschirm: Typ „Extern“; füge den Bereich …/auth/drive.appdata und dein Google-Konto als Testnutzer hinzu (oder veröffentliche die App).
%4. Anmeldedaten → Anmeldedaten erstellen → OAuth-Client-ID → Desktop-App; lade die JSON-Datei herunter.
%5. Hier: „Eigenen Google-Cloud-Client verwenden…“ und diese Datei wählen, dann „Anmelden“.

docs/DRIVE.md erklärt jeden Schritt.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>Angemeldet als %1 (nur für diese Sitzung: kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>Dieses Konto vergessen</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>%1 auf diesem Computer vergessen?</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>Die Anmeldung wird aus dem Passwortspeicher dieses Computers entfernt. Deine Backups bleiben in Google Drive, und backupgui behält dort seinen Zugriff: Melde dich wieder mit diesem Konto an, um zu sichern oder wiederherzustellen. Bis dahin stoppen die Backups in Google Drive.

Entferne den Zugriff von backupgui nicht in den Einstellungen deines Google-Kontos, wenn du diese Backups behalten willst: Google löscht dann die Backups im versteckten Ordner der App.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>Das Konto konnte nicht vergessen werden</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>Dieses &amp;Konto auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>Anderes Konto ver&amp;wenden…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>Ende-zu-Ende-Verschlüsselung aktivieren</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>Backup entsperren</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>Ende-zu-Ende-Verschlüsselung ändern</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>Ende-zu-Ende-Verschlüsselung deaktivieren</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>Passwort prüfen</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>Schlüsseltresor absichern</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Without it, nobody can restore your chats on a new computer — not even us. Enter it to check; it is checked here, not sent anywhere.</source>
        <translation>Ohne ihn kann niemand deine Chats auf einem neuen Computer wiederherstellen – auch wir nicht. Gib ihn zur Prüfung ein; er wird hier geprüft und nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Gib dein Passwort ein</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>Dieses Ziel enthält bereits ein verschlüsseltes Backup. Gib sein Passwort ein, damit dieser Computer weiter dorthin sichern kann.</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>Gib dein aktuelles Passwort ein</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>Um den Schutz deines Backups zu ändern, weise zuerst nach, dass du das aktuelle Passwort kennst.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>Zum Deaktivieren der Ende-zu-Ende-Verschlüsselung auf diesem Computer wird das aktuelle Passwort benötigt.</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>Erinnerst du dich noch an dein Passwort?</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>Der Schlüsseltresor deines Backups wurde eingerichtet, bevor er dich von anderen unterscheiden konnte: Jeder mit einer Kopie des Backups kann Passwörter ausprobieren und seine Versuche aufbrauchen. Gib dein Passwort einmal ein, um den Tresor mit deinem Google-Konto zu verknüpfen.</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>Der Schlüsseltresor deines Backups wurde eingerichtet, bevor er dich von anderen unterscheiden konnte: Jeder mit einer Kopie des Backups kann Passwörter ausprobieren und seine Versuche aufbrauchen. Gib dein Passwort einmal ein, um den Tresor mit diesem Computer und einem neuen Wiederherstellungscode zu verknüpfen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Wiederherstellungscode des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Wiederherstellungscode des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>Schütze dein Backup</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>Wähle den neuen Schutz</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>Ein neues Passwort oder ein neuer Schlüssel ändert nur das Schloss deines Backup-Schlüssels; nichts wird erneut hochgeladen.</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>Ein &amp;Passwort verwenden</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>Ein zufälliger Schlüssel, den du aufschreibst oder speicherst. Am sichersten, aber bewahre ihn gut auf.</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>Ein Passwort mit dem Schlüssel&amp;tresor verwenden</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>Der Schlüsseltresor unter %1 verwahrt deinen Schlüssel; er erlaubt nur wenige Fehlversuche.</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>Neues Passwort und neuer &amp;Backup-Schlüssel</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>Nach einem Datenleck: ein neuer Schlüssel und ein komplett neues Backup; das alte wird gelöscht.</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>Ein neues Passwort behält deinen Backup-Schlüssel: Eine alte Kopie der Backup-Einstellungen mit deinem alten Passwort öffnet weiterhin neue Backups. Wenn dein Passwort oder Schlüssel in falsche Hände geraten sein könnte, wähle &lt;b&gt;Neues Passwort und neuer Backup-Schlüssel&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>Chats und Medien werden auf diesem Computer mit einem zufälligen Backup-Schlüssel verschlüsselt, bevor sie gespeichert werden.</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>Dieser Computer bewahrt den Backup-Schlüssel in seinem Schlüsselbund auf, daher laufen spätere Backups ohne Nachfrage.</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>Dein Passwort verlässt diesen Computer nie. (Ein Schlüsseltresor lässt sich in den Einstellungen einrichten.)</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>Passwort erstellen</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>Du brauchst dieses Passwort, um deine Chats auf einem neuen Computer wiederherzustellen. Dieser Computer merkt sich den Backup-Schlüssel, daher wirst du nicht bei jedem Backup danach gefragt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;Niemand kann dieses Passwort wiederherstellen.&lt;/b&gt; Wenn du es vergisst und diesen Computer verlierst, lassen sich deine Backups nicht mehr öffnen – nicht von dir, nicht von uns.</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>Schreib ihn auf oder speichere ihn an einem sicheren Ort, nicht auf diesem Computer. Du brauchst ihn, um deine Chats auf einem neuen Computer wiederherzustellen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;Niemand kann diesen Schlüssel wiederherstellen.&lt;/b&gt; Wer ihn hat, kann deine Backups lesen; wenn du ihn und diesen Computer verlierst, lassen sich deine Backups nicht mehr öffnen.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>Der Schlüsseltresor lässt nur diesen Computer dein Passwort ausprobieren. Auf einem neuen Computer brauchst du diesen Code zusammen mit deinem Passwort. Schreib ihn auf oder speichere ihn an einem sicheren Ort, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;Er wird nur jetzt angezeigt.&lt;/b&gt; Ohne ihn kann ein neuer Computer dein Backup nicht mit deinem Passwort wiederherstellen. Der Code allein öffnet dein Backup nicht.</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>Schlüssel bestätigen</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>Damit sicher ist, dass du ihn aufbewahrt hast, gib die unten genannten Gruppen deines Schlüssels ein.</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>Du findest diese Gruppen nicht? Dann ist dein Schlüssel noch nicht gespeichert: Geh &lt;b&gt;Zurück&lt;/b&gt; und kopiere ihn oder speichere ihn in einer Datei.</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>Keine Backups mehr von diesem Computer?</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>backupgui erstellt nie unverschlüsselte Backups.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>Passwort &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>Diesen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>Ich habe meinen Schlüssel &amp;gespeichert</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>Ich habe meinen Code &amp;gespeichert</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>Passwort für den Schlüsseltresor erstellen</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>Erstelle ein neues Passwort für den neuen Schlüssel</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>Dieser Computer kann den Schlüsseltresor nicht allein nutzen. Gib den Wiederherstellungscode, den du beim Einrichten des Schlüsseltresors gespeichert hast, zusammen mit deinem Passwort ein.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>Die Prüfung ist unerwartet fehlgeschlagen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>Wiederherstellungscode bestätigen</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>Damit sicher ist, dass du ihn aufbewahrt hast, gib die unten genannten Gruppen deines Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>Gruppe %1 deines Schlüssels</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>Das passt nicht zu deinem Wiederherstellungscode. Geh zurück, um ihn noch einmal anzusehen, und prüfe die Gruppennummern.</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>Das passt nicht zu deinem Schlüssel. Geh zurück, um ihn noch einmal anzusehen, und prüfe die Gruppennummern.</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>Die Verschlüsselung konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>An diesem Ziel gibt es noch kein Backup, daher kann das Passwort hier nicht geprüft werden. Sichere zuerst: Das erste Backup hier fragt, wie es geschützt werden soll.</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>Leicht zu merken. Mindestens %1 Zeichen. Du brauchst es zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>Die Gruppen sind von %1 bis %2 nummeriert, von links nach rechts und von oben nach unten. Buchstaben können groß oder klein geschrieben werden.</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>Gib deinen %1-stelligen Schlüssel ein</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>Dieses Ziel enthält bereits ein verschlüsseltes Backup. Gib seinen %1-stelligen Schlüssel ein, damit dieser Computer weiter dorthin sichern kann.</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>Gib deinen aktuellen %1-stelligen Schlüssel ein</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>Um den Schutz deines Backups zu ändern, weise zuerst nach, dass du den aktuellen %1-stelligen Schlüssel kennst.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>Zum Deaktivieren der Ende-zu-Ende-Verschlüsselung auf diesem Computer wird der aktuelle %1-stellige Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>Erinnerst du dich noch an deinen %1-stelligen Schlüssel?</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1-stelliger &amp;Schlüssel</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>Deine Chats werden auf diesem Computer verschlüsselt, bevor sie ihn verlassen. Nur wer dein Passwort oder deinen %1-stelligen Schlüssel hat, kann das Backup lesen – nicht Google, nicht wir.</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>Einen %1-stelligen &amp;Schlüssel verwenden</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>Auf einem neuen Computer entsperrt dein Passwort oder dein %1-stelliger Schlüssel das Backup. Niemand sonst kann das.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Dein %1-stelliger Schlüssel</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>Wenn du die Ende-zu-Ende-Verschlüsselung hier deaktivierst, wird backupgui:&lt;ul&gt;&lt;li&gt;den Backup-Schlüssel aus dem Schlüsselbund dieses Computers entfernen,&lt;/li&gt;&lt;li&gt;keine Backups mehr von diesem Computer erstellen, bis du die Verschlüsselung wieder aktivierst.&lt;/li&gt;&lt;/ul&gt;Bereits erstellte Backups bleiben, wo sie sind, und weiterhin verschlüsselt. Du kannst sie jederzeit mit deinem Passwort oder deinem %1-stelligen Schlüssel wiederherstellen.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher fragt jedes Backup nach deinem Passwort oder Schlüssel.</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>Du brauchst dieses Passwort, um deine Chats auf einem neuen Computer wiederherzustellen. Dieser Computer hat keinen Schlüsselbund, daher fragt auch jedes Backup danach.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>Der Wiederherstellungscode, den du aufgeschrieben oder gespeichert hast, wird nicht verwendet: backupgui vergisst ihn jetzt, und die Ende-zu-Ende-Verschlüsselung wird nicht aktiviert.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>Der Wiederherstellungscode, den du aufgeschrieben oder gespeichert hast, wird nicht verwendet: backupgui vergisst ihn jetzt, und dein Backup bleibt geschützt wie bisher.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>Der %1-stellige Schlüssel, den du aufgeschrieben oder gespeichert hast, wird nicht verwendet: backupgui vergisst ihn jetzt, und die Ende-zu-Ende-Verschlüsselung wird nicht aktiviert. Beim nächsten Mal bekommst du einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>Der %1-stellige Schlüssel, den du aufgeschrieben oder gespeichert hast, ist der Schlüssel deines Backups selbst: Er öffnet deine Backups weiterhin, also bewahre ihn sicher auf oder vernichte ihn. Dein Backup bleibt geschützt wie bisher.</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>Verlassen, ohne abzuschließen?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>Backup-Verlauf</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>Bisherige Backups</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>Es wurden noch keine Backups ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>Das letzte Backup, neuestes zuerst.</numerusform>
            <numerusform>Die letzten %Ln Backups, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Nachholen</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Von dir angehalten</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Gespeichert in</translation>
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
        <translation>Von dir angehalten (%1 bereits gesendet)</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (%2 vor dem Anhalten gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln Warnung: %1</numerusform>
            <numerusform>%Ln Warnungen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>Wähle einen WhatsApp-Export (.zip oder .txt) oder einen Export aus Telegram Desktop (seinen Ordner, die result.json oder eine .zip davon).</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>Kein Export ausgewählt</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Exportdatei oder -ordner</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medien:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>Chats im Export</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>Warnungen und übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>Aus &amp;Handy-Backup importieren…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Export wählen</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>Chat-Exporte (*.zip *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>Telegram-Exportordner wählen</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Export wird gelesen…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>%1-Export. Prüfe, was importiert wird, und klicke dann auf „Importieren“.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Einzelchat</translation>
    </message>
    <message>
        <source>Groups and one-to-one chats</source>
        <translation>Gruppen und Einzelchats</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln Datei gefunden</numerusform>
            <numerusform>%Ln Dateien gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln nicht im Export (die Nachricht bleibt erhalten)</numerusform>
            <numerusform>%1, %Ln nicht im Export (die Nachrichten bleiben erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>Import abgeschlossen: %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln neue Nachricht</numerusform>
            <numerusform>%Ln neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln war bereits in der Bibliothek.</numerusform>
            <numerusform>%Ln waren bereits in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln Mediendatei hinzugefügt.</numerusform>
            <numerusform>%Ln Mediendateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen (siehe Hinweise).</numerusform>
            <numerusform>%Ln Zeilen übersprungen (siehe Hinweise).</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Es wurde nichts importiert; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Import abgebrochen; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Gelöschtes Konto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln Nachricht weicht von der Kopie in der Bibliothek ab (beide behalten).</numerusform>
            <numerusform>%Ln Nachrichten weichen von der Kopie in der Bibliothek ab (beide behalten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>Diese Datei ist keine Textdatei mit einem Backup-Schlüssel.</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Schlüsseldatei öffnen…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>Deine Backup-Schlüsseldatei öffnen</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Schlüsseldateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>Schlüsseldatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>Den Schlüssel aus der Datei lesen, die du mit „In Datei speichern…“ gespeichert hast</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1-stelliger Schlüssel</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>Kopiert. Füge ihn an einem sicheren Ort ein und leere dann deine Zwischenablage.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

Bewahre diese Datei sicher und offline auf. Zusammen mit deinem Passwort kannst du damit dein Backup auf einem neuen Computer wiederherstellen.
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>Backup-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

Bewahre diese Datei sicher und offline auf. Wer sie hat, kann deine Backups lesen.
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>Gespeichert. Verschiebe die Datei von diesem Computer, zum Beispiel auf einen USB-Stick.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Dein %1-stelliger Schlüssel</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>Gib dein Passwort oder deinen Schlüssel ein</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>Das Backup ist Ende-zu-Ende-verschlüsselt. Es wird hier entsperrt, auf diesem Computer.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Gefundene Backups</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Backup-Satz</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Backup-Passwort</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Wiederherstellungscode des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Wiederherstellungscode des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>&amp;Adresse des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Adresse des Schlüsseltresors</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>Dieser Computer hat diesen Schlüsseltresor noch nie verwendet</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>Adresse und Identität des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>Fahre nur fort, wenn das der Schlüsseltresor ist, den du beim Einrichten dieses Backups gewählt hast. Wer den Speicherort des Backups ändern kann, kann es einen anderen Server nennen lassen, um den Nachweis deines Kontos abzugreifen und deine Passwortversuche aufzubrauchen.</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>Das ist der Schlüsseltresor, den ich für dieses Backup gewählt habe</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>Schlüsseltresor bestätigen</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>Backups geschützt durch: %1 (neuestes: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>Ein Backup gefunden (%1). Geschützt durch: %2.</numerusform>
            <numerusform>%n Backups gefunden, das neueste: %1. Geschützt durch: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>Adresse: %1
Identität (Fingerabdruck des Serverschlüssels): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>Wird geprüft… (das dauert absichtlich ein paar Sekunden, damit Raten langsam ist)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>Der %1-stellige Code, der beim Einrichten des Schlüsseltresors angezeigt wurde. Auf dem Computer, der das Backup erstellt hat, nicht nötig.</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1-stelliger &amp;Schlüssel</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>Ändere sie nur, wenn dein Schlüsseltresor an eine neue Adresse umgezogen ist. Es muss weiterhin der Tresor sein, mit dem dieses Backup erstellt wurde. Mehrere Adressen desselben Tresors (seine Server) werden durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Gib die Adresse des Schlüsseltresors ein (http:// oder https://) oder mehrere Adressen desselben Tresors, durch Kommas getrennt: höchstens %1, keine doppelt.</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>Adressen: %1
Identität (Fingerabdruck des Serverschlüssels): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui – Chat-Backup</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>Deine Chats werden gelesen…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>backupgui-Logo</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>Deine Chats, sicher gesichert</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>Auf diesem Computer gibt es noch keine Chats. Importiere einen Chat-Export aus WhatsApp oder Telegram, stelle Chats aus einem Backup wieder her oder sieh dich mit Beispiel-Chats um.</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>Chats &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einem Backup &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>Mit Beispiel-Chats aus&amp;probieren</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>Chats durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>&amp;Videos einschließen</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>Videos in das Backup aufnehmen</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>Markierte Chats werden gesichert. Die Leertaste markiert den aktuellen Chat oder hebt die Markierung auf; die Eingabetaste öffnet ihn.</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>Markiere die Chats, die gesichert werden sollen. Doppelklicke auf einen Chat, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Erinnerst du dich noch an dein Backup-Passwort?&lt;/b&gt; Prüfe es jetzt, damit du deine Chats auf einem neuen Computer wiederherstellen kannst.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Backup &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>Backup &amp;abbrechen</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>Ende-zu-Ende-&amp;Verschlüsselung…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>Mein &amp;Passwort prüfen…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>Verschlüsselung &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>Chat &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>Chat &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>Chatliste &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>&amp;Über backupgui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>Deine Chats können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>Beispiel-Chats werden erstellt…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>Beispiel-Chats können nicht erstellt werden</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>Backup abgeschlossen: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>Backup abgebrochen. Das vorherige Backup ist unverändert.</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Backup mit Warnungen abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>Das Backup ist gespeichert, mit %Ln Warnung:</numerusform>
            <numerusform>Das Backup ist gespeichert, mit %Ln Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>Der Import von Chat-Exporten kommt bald.</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>Über backupgui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;Ende-zu-Ende-verschlüsselte Backups deiner Chats in Google Drive oder einem Ordner.&lt;/p&gt;&lt;p&gt;Dein Passwort und dein Schlüssel verlassen diesen Computer nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>Ein Backup läuft</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>Backup anhalten und beenden?</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>Das Backup wird sicher angehalten, und dein vorheriges Backup bleibt, wie es war. Die bereits hochgeladenen Teile bleiben am Ziel, sodass das nächste Backup sie nicht noch einmal sendet.</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>Eine Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>Wiederherstellung anhalten und beenden?</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>Die Wiederherstellung wird sicher angehalten; auf diesem Computer wird nichts verändert.</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>Wiederherstellung anhalten und &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>&amp;Weiter wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>Backup anhalten und &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>&amp;Weiter sichern</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>Das Backup stoppt sicher. An diesem Ziel gibt es noch kein vollständiges Backup; die schon hochgeladenen Teile bleiben dort, sodass das nächste Backup sie nicht noch einmal sendet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Erinnerst du dich noch an deinen %1-stelligen Schlüssel?&lt;/b&gt; Prüfe ihn jetzt, damit du deine Chats auf einem neuen Computer wiederherstellen kannst.</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>Backup abgebrochen. Hier gibt es noch kein vollständiges Backup.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>Eine Einstellung in backupgui.ini war ungültig und wurde auf ihren Standardwert zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>Einige Einstellungen in backupgui.ini waren ungültig und wurden auf ihre Standardwerte zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>OK, verstanden</translation>
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
        <translation>Du</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>Medien nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>Foto nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>Video nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>Sprachnachricht nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>Audio nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>Sticker nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>Dokument nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>Medien nicht im Export enthalten</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>Foto nicht im Export enthalten</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>Video nicht im Export enthalten</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>Sprachnachricht nicht im Export enthalten</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>Audio nicht im Export enthalten</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>Sticker nicht im Export enthalten</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>Dokument nicht im Export enthalten</translation>
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
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Gelöschtes Konto</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>Unbekannter Teilnehmer</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats, nicht einmal WhatsApp, kann sie lesen oder anhören.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>Du hast diese Nachricht gelöscht</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Verpasster Sprachanruf</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Verpasster Videoanruf</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>Verpasster Gruppen-Sprachanruf</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>Verpasster Gruppen-Videoanruf</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>Du wurdest hinzugefügt</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>Du wurdest entfernt</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>Du bist jetzt Admin</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>Du bist dieser Gruppe über den Einladungslink beigetreten</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>Deine Sicherheitsnummer hat sich geändert</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>Deine Sicherheitsnummer für %1 hat sich geändert</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>%1 hat den Gruppennamen in „%2“ geändert</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>Du hast den Gruppennamen in „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>%1 hat den Gruppennamen geändert</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>Du hast den Gruppennamen geändert</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 hat das Gruppenbild geändert</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>Du hast das Gruppenbild geändert</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>%1 hat die Gruppenbeschreibung geändert</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>Du hast die Gruppenbeschreibung geändert</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>%1 hat die Telefonnummer in %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>%1 hat die Telefonnummer geändert</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>%1 hat die Gruppe „%2“ erstellt</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>Du hast die Gruppe „%2“ erstellt</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>%1 hat diese Gruppe erstellt</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>Du hast diese Gruppe erstellt</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>Du bist beigetreten</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Du hast die Gruppe verlassen</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>%1 hat dich hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>%1 hat dich entfernt</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 hat einen Teilnehmer hinzugefügt</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>Du hast einen Teilnehmer hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 hat einen Teilnehmer entfernt</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>Du hast einen Teilnehmer entfernt</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 hat %2 hinzugefügt</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>Du hast %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 hat %2 entfernt</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>Du hast %2 entfernt</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>%1 hat mit %2 auf „%3“ reagiert</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>Du hast mit %2 auf „%3“ reagiert</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>%1 hat mit %2 reagiert</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>Du hast mit %2 reagiert</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (%Ln weiteres Zeichen hier nicht angezeigt)</numerusform>
            <numerusform>%1
… (%Ln weitere Zeichen hier nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 hat das Gruppenbild gelöscht</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>Du hast das Gruppenbild gelöscht</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>%1 ist dieser Gruppe über den Einladungslink beigetreten</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>%1 wurde hinzugefügt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>%1 hat die Gruppe verlassen</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>%1 ist jetzt Admin</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>%1 wurden hinzugefügt</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>%1 wurden hinzugefügt</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>%1 sind beigetreten</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>%1 sind beigetreten</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>%1 haben die Gruppe verlassen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>%1 haben die Gruppe verlassen</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>%1 sind dieser Gruppe über den Einladungslink beigetreten</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>%1 sind dieser Gruppe über den Einladungslink beigetreten</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>%1 sind jetzt Admins</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>%1 sind jetzt Admins</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Sprachanruf, nicht angenommen</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Videoanruf, nicht angenommen</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Gruppen-Sprachanruf, nicht angenommen</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Gruppen-Videoanruf, nicht angenommen</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Sprachanruf, %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Videoanruf, %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Gruppen-Sprachanruf, %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Gruppen-Videoanruf, %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>Antwort auf eine Nachricht, die nicht in diesem Chat ist</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>%Ln weitere Version.</numerusform>
            <numerusform>%Ln weitere Versionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Bearbeitet: Diese Nachricht hat zwei Versionen</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Diese Nachricht hat zwei Versionen</translation>
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
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>Passwort &amp;bestätigen</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Kein häufig verwendetes Passwort</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Beide Eingaben stimmen überein</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>Passwort anzeigen oder verbergen (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>Aus Handy-Backup importieren</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>Importiere deinen ganzen WhatsApp-Verlauf aus dem Backup des Handys selbst: msgstore.db.crypt15 von einem Android-Handy (WhatsApp/Databases) oder einen iPhone-Backup-Ordner aus dem Finder oder iTunes. docs/IMPORT.md erklärt, wo du sie und den Schlüssel findest.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Kein Backup ausgewählt</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>Datei oder Ordner des Handy-Backups</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>iPhone-&amp;Backup-Ordner…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>Sch&amp;lüsseldatei…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key oder die Datei namens „key“ eines .crypt14/.crypt12-Backups</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>Passwort des iPhone-Backups</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>Backup-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>Optional: der Media-Ordner von WhatsApp, vom Handy kopiert</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Medienordner</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Medien:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>Optional: wa.db, für die Namen der Kontakte</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Kontaktdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>Backup &amp;öffnen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Chats im Backup</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>WhatsApp-Backup wählen</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>WhatsApp-Backups (*.crypt15 *.crypt14 *.crypt12 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>iPhone-Backup-Ordner wählen</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>Schlüsseldatei: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>Media-Ordner von WhatsApp wählen</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>wa.db wählen</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>Kontaktdatenbank (wa.db*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>Backup wird untersucht…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>Mediendateien werden gesucht…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>iPhone-Backup. Klicke auf „Backup öffnen“, um es zu lesen.</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>Verschlüsseltes iPhone-Backup: Gib sein Passwort ein und klicke dann auf „Backup öffnen“.</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>Android-Backup: Gib seinen Schlüssel ein und klicke dann auf „Backup öffnen“.</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>Android-Nachrichtendatenbank. Klicke auf „Backup öffnen“.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Backup wird geöffnet…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>Prüfe, was importiert wird, und klicke dann auf „Importieren“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln Chat</numerusform>
            <numerusform>%Ln Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>%Ln Mediendatei gefunden</numerusform>
            <numerusform>%Ln Mediendateien gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>%Ln nicht auf diesem Computer (die Nachricht bleibt erhalten)</numerusform>
            <numerusform>%Ln nicht auf diesem Computer (die Nachrichten bleiben erhalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>%Ln neue Nachricht importiert.</numerusform>
            <numerusform>%Ln neue Nachrichten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln war bereits in der Bibliothek.</numerusform>
            <numerusform>%Ln waren bereits in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln Mediendatei hinzugefügt.</numerusform>
            <numerusform>%Ln Mediendateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>%Ln Datei nicht auf diesem Computer.</numerusform>
            <numerusform>%Ln Dateien nicht auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Einzelchat</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Import abgebrochen; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Backup wird entschlüsselt…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>Nachrichten werden importiert…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>iPhone-Backup wird entsperrt…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Es wurde nichts importiert; die Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
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
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The key WhatsApp showed when you turned on end-to-end encrypted backup (%1 groups of %2).</source>
        <translation>Der Schlüssel, den WhatsApp angezeigt hat, als du das Ende-zu-Ende-verschlüsselte Backup aktiviert hast (%1 Gruppen zu %2).</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>%1-stelliger &amp;Schlüssel:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln Nachricht weicht von der Kopie in der Bibliothek ab (beide behalten).</numerusform>
            <numerusform>%Ln Nachrichten weichen von der Kopie in der Bibliothek ab (beide behalten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>Deine Chats werden wiederhergestellt</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>Du kannst deinen Computer weiter benutzen. Wenn du abbrichst, ändert sich auf diesem Computer nichts.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Wiederherstellung abgebrochen</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>Nicht genug freier Speicherplatz auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>Nicht genug freier Speicherplatz</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>Es wurde nichts heruntergeladen und auf diesem Computer nichts geändert.</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>Diese Wiederherstellung braucht etwa %1 auf dem Laufwerk mit der Chat-Bibliothek (%3); dort sind %2 frei.</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>Gib auf diesem Laufwerk Speicherplatz frei und wähle „Erneut versuchen“, oder geh zurück und wähle weniger Chats. Um in eine Chat-Bibliothek auf einem anderen Laufwerk wiederherzustellen, starte backupgui mit --library und einem Ordner dort.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>Backup-Fortschritt</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>Erledigte Bytes, Geschwindigkeit und verbleibende Zeit</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%1 von %Ln Chat</numerusform>
            <numerusform>%1 von %Ln Chats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1 · pausiert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>Angehalten – es wird nichts gelesen oder gesendet.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>Wird sicher angehalten; das vorherige Backup bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>Wird sicher angehalten; was schon hochgeladen wurde, bleibt für das nächste Backup erhalten.</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive funktioniert gerade nicht. Neuer Versuch (%1 von %2)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive ist nicht erreichbar: Prüfe die Internetverbindung. Neuer Versuch (%1 von %2)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>Wird sicher angehalten; die Chats auf diesem Computer bleiben, wie sie waren.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Inkrementieren</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Dekrementieren</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>Chats aus einem Backup wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>Backups &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>Ein Jahr Verlauf (empfohlen)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>Keine: nur die neuesten Backups</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>Aufzubewahrende ältere Backups</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>Ä&amp;ltere Backups:</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>Eines pro &amp;Tag, für die letzten:</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>Eines pro &amp;Woche, für die letzten:</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>Eines pro &amp;Monat, für die letzten:</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>Eines pro &amp;Jahr, für die letzten:</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>Wohin du zurückgehen kannst</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> Monat</numerusform>
            <numerusform> Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> Jahr</numerusform>
            <numerusform> Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>Backups teilen, was sich nicht geändert hat; ein längerer Verlauf braucht daher kaum mehr Platz.</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln Woche</numerusform>
            <numerusform>%Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>Du kannst zu jedem der letzten %1 zurückgehen und zum neuesten Backup.</numerusform>
            <numerusform>Du kannst zu jedem der letzten %1 zurückgehen und zu jedem der %Ln neuesten Backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>Du kannst nur zum neuesten Backup zurückgehen: Ein versehentlich gelöschter Chat ist nach einem weiteren Backup nicht mehr darin enthalten.</numerusform>
            <numerusform>Du kannst nur zu den %Ln neuesten Backups zurückgehen: Ein versehentlich gelöschter Chat ist nach %Ln weiteren Backups in keinem mehr enthalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>Alten Schlüssel löschen…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>Alten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>Alten Schlüssel im Schlüsseltresor löschen</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>Der Schlüsseltresor unter %1 bewahrt noch den Schlüssel eines Backups auf, das ersetzt wurde (durch einen neuen Schlüssel oder einen anderen Schutz). Wer eine Kopie dieses alten Backups behalten hat, könnte es dort mit dem alten Passwort öffnen. Gib das alte Passwort ein, um diesen Schlüssel zu löschen; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>&amp;Altes Passwort</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>Altes Passwort</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Wiederherstellungscode des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Wiederherstellungscode des Schlüsseltresors</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>Alten Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>Der alte Schlüssel wird im Schlüsseltresor gelöscht…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>Der Schlüsseltresor hatte den alten Schlüssel nicht mehr: Es ist nichts mehr zu löschen.</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>Der alte Schlüssel wurde im Schlüsseltresor gelöscht. Eine aufbewahrte Kopie des alten Backups lässt sich dort nicht mehr öffnen.</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>Dieser Computer kann den Schlüsseltresor nicht allein nutzen. Gib den Wiederherstellungscode, den du beim Einrichten des Schlüsseltresors gespeichert hast, zusammen mit dem alten Passwort ein.</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>Der alte Schlüssel bleibt hier aufgeführt: Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>Der alte Schlüssel konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>Angehalten. Der alte Schlüssel liegt noch im Schlüsseltresor; du kannst es noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: erfüllt</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: nicht erfüllt</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Backup-Zeitplan</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Der Zeitplan konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Automatisch sichern</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>&amp;Automatisch sichern:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>Um &amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>Am &amp;Wochentag:</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>In kürzeren Monaten läuft das Backup am letzten Tag.</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>Am &amp;Tag des Monats:</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>Auch über &amp;getaktete Verbindungen sichern (mobile Daten, Hotspots)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Beliebiger Stand</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>Im Akkubetrieb warten, bis das Ladegerät angeschlossen ist, wenn der Akku unter diesem Stand liegt.</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>Im Akkubetrieb nur &amp;über:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>&amp;Benachrichtigen, wenn ein Backup gelingt (Fehler werden immer angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>backupgui bei der Anmeldung &amp;starten (im Infobereich)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>Automatische Backups laufen, solange backupgui im Infobereich ist. Verpasste Backups laufen kurz nachdem der Computer aufwacht.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>Dieser Desktop zeigt keinen Infobereich, deshalb laufen automatische Backups nur, solange das Fenster von backupgui geöffnet ist. Ein verpasstes Backup läuft kurz nachdem du es öffnest.</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>backupgui bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>Aus (nur wenn ich auf „Sichern“ klicke)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>die Verbindung ist getaktet (Backups über getaktete Verbindungen sind aus)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>der Akku steht bei %1%, unter %2%</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>es gibt keine Internetverbindung</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>ein anderes Backup läuft</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Es läuft bereits ein Backup</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Warte, bis es fertig ist, oder brich es zuerst ab.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Automatische Backups sind aus</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>Nächstes Backup: wartet, weil %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>Nächstes Backup: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Backup übersprungen</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>Das automatische Backup ist nicht gelaufen, weil %1. Es läuft zur nächsten geplanten Zeit; du kannst auch „Jetzt sichern“ wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln Chat, %1, in %2.</numerusform>
            <numerusform>%Ln Chats, %1, in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>Deine Chats sind gesichert.</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Backup abgeschlossen</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>Ein unerwarteter Fehler hat das Backup gestoppt (%1). Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>Das Backup braucht dein Passwort</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>backupgui versucht es %1 erneut.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Öffne backupgui und klicke auf „Sichern“, um dein Passwort oder deinen %1-stelligen Schlüssel einzugeben.</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>Der alte Schlüssel liegt noch im Schlüsseltresor</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>Klicke hier, um ihn mit dem alten Passwort zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (und %Ln weitere Warnung)</numerusform>
            <numerusform>%1 (und %Ln weitere Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Backup mit Warnungen abgeschlossen</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>ein anderer Computer (%1) den Backup-Satz verwendet</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>der Backup-Satz mehr Sperrobjekte enthält, als sichernde Computer anlegen</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>Ein anderer Computer verwendet den Backup-Satz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Wohin Backups gehen</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>Ein &amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>Zum Beispiel ein USB-Stick oder ein synchronisierter Ordner</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup-Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>Backups landen in einem versteckten App-Ordner in deinem Drive, den nur backupgui sehen kann.</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (bald verfügbar)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>&amp;Videos einschließen</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Backups</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Die letzten &amp;behalten:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Adresse des Schlüsseltresors</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>&amp;Protokollstufe:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>backupgui zeigt die neue Sprache nach einem Neustart an.</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> Backup</numerusform>
            <numerusform> Backups</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Backup-Ordner wählen</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>Wähle den Ordner für deine Backups.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>Melde dich zuerst bei Google Drive an oder wähle einen Ordner.</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>Der Ordner kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wähle einen Ordner für die Backups.</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>Das Backup-Laufwerk ist nicht angeschlossen: Schließe das Laufwerk an, auf dem %1 liegt, oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>Gib den vollständigen Pfad des Ordners ein (zum Beispiel /home/du/Backups) oder klicke auf „Durchsuchen“.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 existiert nicht, und der Ordner, in dem er liegen würde, auch nicht. Wähle einen vorhandenen Ordner oder schließe das Laufwerk an, auf dem er liegt.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Ordner erstellen?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>Der Ordner %1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>In %1 erstellen?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>Ordner &amp;erstellen</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>Schlüssel&amp;tresor:</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>backupgui kann nicht in %1 schreiben (das Laufwerk ist schreibgeschützt oder der Ordner gehört dir nicht). Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>Diese Kopie von backupgui kann sich nicht selbst bei Google Drive anmelden: Verwende deinen eigenen Google-Cloud-Client oder den Drive-Emulator (oben) oder wähle einen Ordner.</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>Einstellungen und Protokolle werden hier gespeichert, Passwörter und Schlüssel nie.</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>Protokollordner:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>Bei Google Drive anmelden</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Schließe die Anmeldung in deinem Browser ab</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>Dein Browser zeigt die Anmeldeseite von Google. Melde dich dort an, wähle „Zulassen“ und komm dann hierher zurück.</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Wenn sich kein Browserfenster geöffnet hat, kopiere diesen Link in deinen Browser:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>Anmeldelink wird vorbereitet…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Browser erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>Es konnte kein Browser geöffnet werden: Kopiere den Link in deinen Browser.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>Warte darauf, dass du die Anmeldung abschließt… (noch %1)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>Google-Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Link kopiert. Füge ihn in die Adressleiste deines Browsers ein.</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>Dein Browser zeigt die Anmeldeseite des Drive-Emulators. Wähle dort „Zulassen“ und komm dann hierher zurück.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>Deine Chats sind wieder da</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>Öffne einen Chat, um zu sehen, dass alles da ist.</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>Von diesem Computer aus weiter in dieses Ziel &amp;sichern</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>Merkt sich das Ziel und bewahrt den Backup-Schlüssel im Schlüsselbund dieses Computers auf</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>Einen wiederhergestellten Chat &amp;öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Chat&lt;/b&gt; in %1 wiederhergestellt.</numerusform>
            <numerusform>&lt;b&gt;%Ln Chats&lt;/b&gt; in %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>Nachrichten: %1 hinzugefügt, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>Mediendateien: %1 wiederhergestellt, %2 bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>%Ln Mediendatei war nicht im Backup (zum Beispiel ein ausgelassenes Video).</numerusform>
            <numerusform>%Ln Mediendateien waren nicht im Backup (zum Beispiel ausgelassene Videos).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>Du bist auf diesem Computer noch als %1 bei Google Drive angemeldet. Wenn das nicht dein Computer ist, lass das Konto vergessen, bevor du gehst.</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Drive: %1 wurde auf diesem Computer vergessen.</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <comment>a restored chat&apos;s name</comment>
        <translation>%1 &amp;öffnen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>Backup &amp;abbrechen</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>Nächstes Backup: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>Backup-&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>Backup-&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>backupgui — %1</source>
        <translation>backupgui – %1</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>Where are your backups?</source>
        <translation>Wo sind deine Backups?</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>Wähle den Ordner oder das Google-Drive-Konto, in das du gesichert hast.</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>Ein &amp;Ordner (USB-Laufwerk, Netzwerkfreigabe, …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>Ordner mit deinen Backups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup-Ordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (bald verfügbar)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Backup-Ordner wählen</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Backups werden gesucht…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Für das Backup sind keine Chats ausgewählt.</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>Markiere die Chats, die du sichern möchtest, oder nutze „Alle auswählen“.</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>Ändere sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>Der Schlüsseltresor-Eintrag dieses Backups kann sicherer gemacht werden.</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>Dieses Ziel enthält ein anderes Backup als das, in das dieser Computer sichert.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Der Backup-Schlüssel ist auf diesem Computer nicht gespeichert.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>Die Anzahl der aufzubewahrenden Backups muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>Das ist das erste Backup an diesem Ziel. Wähle das Passwort oder den %1-stelligen Schlüssel, der es hier schützt.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 gehört einem anderen Benutzer; entferne es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>%1 hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>%1 enthält Views oder Trigger, die etwas ausführen wollen; es wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>%1 enthält keine Kontaktnamen (wa_contacts).</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>%1 enthält eine Datenbank größer als %2 GiB; sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>%1 enthält einen Wert über %2 MiB; es wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>%1 enthält keine Chat-Textdatei (.txt); es ist kein WhatsApp-Export.</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>%1 enthält keine result.json; es ist kein Export aus Telegram Desktop (wähle beim Exportieren das JSON-Format).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 ist ein Ordner, aber kein iPhone-Backup (es gibt keine Manifest.db).</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 ist eine unvollständige ZIP-Datei: Ihr Ende fehlt.</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 ist abgeschnitten (es endet mitten im Header).</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 ist beschädigt: Der Schlüssel stimmt, aber die Datei besteht ihre Authentifizierungsprüfung nicht.</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 ist leer; es enthält keine Nachrichten.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 ist weder eine WhatsApp-Backup-Datei (.crypt15, .crypt14, .crypt12) noch ein iPhone-Backup-Ordner.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 ist weder ein WhatsApp-Export (keine .txt-Chatdatei) noch ein Telegram-Export (keine result.json).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1 ist nicht die Kontaktdatenbank von WhatsApp (wa.db oder ContactsV2.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1 ist nicht die Kontaktdatenbank von WhatsApp (wa.db).</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 ist kein Telegram-Export: %2 (Zeile %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 ist kein WhatsApp-Chat-Export: Zeile %2 beginnt nicht mit Datum und Uhrzeit (%3).</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 ist kein Ordner; entferne es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 ist keine Webadresse (http:// oder https://).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 ist kein iPhone-Backup-Ordner.</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 ist passwortgeschützt; exportiere den Chat erneut ohne Passwort.</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 ist zu groß für eine WhatsApp-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>%1 lässt sich mit diesem Schlüssel öffnen, enthält aber keine Nachrichtendatenbank (WhatsApp sichert so auch Medien und Einstellungen).</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>%1 lässt sich mit diesem Schlüssel öffnen, aber der Inhalt ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>Eine Datei ist größer, als dieser Datenträger oder dieses Konto erlaubt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>Hier wird eine Schlüsseldatei erwartet, nicht der Schlüssel selbst; schreib den Schlüssel in eine Datei oder verwende BACKUPGUI_WHATSAPP_KEY.</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>Um ein Backup mit dem Schlüsseltresor zu schützen, wird die Adresse eines Schlüsseltresors benötigt.</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>In %1 kann kein privater Arbeitsordner erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>Der Ordner %1 kann nicht vorbereitet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>Prüfe das Passwort oder den Schlüssel und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>Wähle einen Ordner oder Google Drive als Ziel.</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>Wähle eine Protokollstufe.</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>Wähle msgstore.db.crypt15 (oder .crypt14 / .crypt12) aus dem Ordner WhatsApp/Databases des Handys oder einen iPhone-Backup-Ordner aus dem Finder oder iTunes.</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>Wähle die .txt oder .zip aus „Chat exportieren“ in WhatsApp oder die result.json aus Telegram Desktop.</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>Schließe das andere backupgui-Fenster oder den anderen Befehl und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>Kopiere die Datei noch einmal vom Handy; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>Erstelle einen OAuth-Client vom Typ „Desktop-App“ (nicht „Webanwendung“).</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>Neuer Schlüssel wird erstellt</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>Verschlüsseln und hochladen</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>Gib Speicherplatz frei und versuche es noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>Gib diesem Computer einen Namen.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>Google Drive ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>Google Drive hat die gespeicherte Anmeldung nicht akzeptiert (sie ist abgelaufen oder wurde widerrufen).</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>Google hat die gespeicherte Anmeldung nicht akzeptiert (abgelaufen oder widerrufen).</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>Google hat backupgui keinen dauerhaften Zugriff auf Google Drive gegeben.</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>Installiere oder entsperre einen Passwortspeicher (GNOME Keyring, KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung) oder melde dich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>Ungültiger Objektname %1.</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>Das ist das Passwort, das im Finder oder in iTunes für „Lokales Backup verschlüsseln“ gewählt wurde, nicht der Code des Handys oder das Apple-ID-Passwort.</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>Die Manifest.plist ist zu groß für die eines iPhone-Backups.</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>Für die Google-Anmeldung konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>Nicht bei Google Drive angemeldet.</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>Nachrichten werden gepackt</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>Backup-Index wird gelesen</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>Das Lesen des Exports wurde unerwartet beendet (der Parser endete mit Code %1).</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>Entferne den Zugriff von backupgui in den Einstellungen deines Google-Kontos und melde dich erneut an.</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Alte Backups werden entfernt</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>Medien werden wiederhergestellt</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>Nachrichten werden wiederhergestellt</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>Schlüssel wird auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>Melde dich zuerst in der App an oder setze BACKUPGUI_DRIVE_TOKEN.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>Melde dich erneut bei Google Drive an.</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>Einige hinzugefügte %1-Zeilen verweisen auf Zeilen, die es nicht gibt.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>Die Google-OAuth-Client-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>Der WhatsApp-Schlüssel enthält nur die Ziffern 0-9 und die Buchstaben a-f; der angegebene Text enthält andere Zeichen.</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>Prüfe das Backup-Ziel und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>Prüfe das Laufwerk (es wurde vielleicht getrennt oder ist defekt) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>Prüfe den Pfad oder schließe das Laufwerk an, auf dem er liegt.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Wähle einen Ordner für die Backups.</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>Wähle einen Ordner, der dir gehört, oder ändere die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>Schließe das Laufwerk an, auf dem %1 liegt, oder wähle einen anderen Ordner, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>Lade die JSON-Datei des Clients vom Typ „Desktop-App“ aus der Google Cloud Console herunter (siehe docs/DRIVE.md) und wähle sie erneut.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>Gib stattdessen das Passwort des Backups ein.</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>Schaffe Platz am Backup-Ziel oder wähle ein anderes und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>Google Drive hat das Zugriffstoken in %1 nicht akzeptiert (es ist falsch oder abgelaufen).</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>Vielleicht wurde sie nicht vollständig heruntergeladen oder kopiert. Exportiere oder kopiere den Chat noch einmal und importiere dann die neue Datei.</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>Seine Adressen müssen https verwenden (oder http auf diesem Computer).</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>Kein Backup-Ordner unter %1.</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>Alter Backup-Satz wird entfernt</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>Setze %1 auf ein gültiges Zugriffstoken oder entferne die Variable, um die in der App gespeicherte Anmeldung zu verwenden.</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>Melde dich erneut an und wähle „Zulassen“, um in Google Drive zu sichern.</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>Melde dich in der App an; sie zeigt den Link zum Kopieren.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>Der Google-OAuth-Client in %1 hat ein unsicheres %2.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>Der Google-OAuth-Client in %1 ist nicht für eine Desktop-App.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>Dem Google-OAuth-Client in %1 fehlt %2.</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>Die Google-Anmeldung wurde nicht innerhalb von %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>Die Google-Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>Das Backup-Laufwerk ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>Das Backup hat keinen Chat mit der ID %1.</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>Das Backup enthält die Nachrichten eines Chats für %1 doppelt.</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>Das Backup-Manifest %1 gehört nicht hierher.</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>Das Backup wurde vielleicht verändert oder teilweise gelöscht. Bewahre es auf und erstelle ein neues Backup.</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>Das Backup-Objekt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>Das Backup-Objekt %1 fehlt.</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>Die Manifest.plist des Backups ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>Der Schlüsseltresor-Eintrag des Backups ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>Der Passwort-Eintrag des Backups ist beschädigt.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>Das Backup ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>%1 schreibt die Daten ohne Jahr, und nichts darin verrät, aus welchem Jahr sie sind.</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: Keine der Nachrichten konnte gelesen werden (Zeile %2: %3).</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>Chats, die mit aus Exporten importierten Chats zusammengeführt wurden: %1.</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>Daten ohne Jahr wurden als %1 oder später gelesen, dem Jahr nach dem letzten Jahr, das der Export zeigt; bitte prüfe sie.</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>Importiere die .zip-Datei so, wie WhatsApp sie erstellt hat (ihr Datum verrät das Jahr), nicht die daraus entnommene .txt-Datei.</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>Das Backup-Manifest %1 verweist für eine Mediendatei auf den Blob einer anderen Datei.</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>Der Chat %1 hat keine gespeicherten Nachrichten für %2.</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>Die Chat-Bibliothek wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>Der Chat wurde mit demselben Chat aus einem Handy-Backup zusammengeführt.</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>Der Computer läuft mit Akku bei %1%, unter %2%.</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>Die Verbindung ist getaktet (zum Beispiel ein mobiler Hotspot), und Backups über getaktete Verbindungen sind aus.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>In den Daten kann der Tag oder der Monat zuerst stehen; gelesen wurden sie als Tag/Monat/Jahr.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>In den Daten kann der Tag oder der Monat zuerst stehen; gelesen wurden sie als Monat/Tag/Jahr.</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>Der Datenträger wurde beim Wiederherstellen voll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>Der Datenträger wurde beim Entschlüsseln des Handy-Backups voll.</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>Das Laufwerk ist schreibgeschützt eingebunden: Hebe den Schreibschutz auf oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>Der Schlüssel öffnet dieses Backup nicht (die Datei selbst ist vollständig: ihre Prüfsumme stimmt).</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>Der Schlüssel öffnet dieses Backup nicht, oder die Datei ist beschädigt (ihre Prüfsumme stimmt auch nicht).</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>Der vom Tresor gelieferte Schlüssel entschlüsselt nicht; er ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>Die Adresse des Schlüsseltresors ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>Der Schlüsseltresor hat unter dieser Kennung bereits einen Schlüssel.</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>Der Schlüsseltresor hat mit einem anderen Serverschlüssel geantwortet; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>Der Schlüsseltresor unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>Der Schlüsseltresor unter %1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>Der Schlüsseltresor hat die Bindung an das Konto nicht genehmigt.</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>Der Schlüsseltresor hat die Passwortänderung nicht genehmigt.</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>Der Schlüsseltresor hat das Löschen nicht bestätigt.</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>Der Schlüsseltresor akzeptiert keine Google-Konten; wähle ein Backup in einen Ordner oder einen anderen Tresor.</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>Der Schlüsseltresor konnte seine Identität nicht nachweisen; es wurde nichts herausgegeben.</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>Der Schlüsseltresor hat seinen gespeicherten Eintrag verändert oder beschädigt vorgefunden.</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>Der Schlüsseltresor begrenzt Anfragen; versuche es in %1 Sekunden noch einmal.</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>Der Schlüsseltresor braucht einen Nachweis des Kontos dieses Backups, um seinen Backup-Zähler zu führen.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>Der Eintrag dieses Backups im Schlüsseltresor ist bereits an ein Konto gebunden.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>Der Eintrag dieses Backups im Schlüsseltresor ist an eine andere Kontoart gebunden, als seine Einstellungen angeben.</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>Der Schlüsseltresor hat dieses Google-Konto abgelehnt: Der Schlüssel des Backups ist an ein anderes gebunden. Melde dich bei Google Drive mit dem Konto an, mit dem das Backup erstellt wurde.</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>Der Schlüsseltresor hat die Gerätekennung dieses Computers und den Wiederherstellungscode abgelehnt. Prüfe den Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>Der Schlüsseltresor hat einen ungültigen Backup-Sequenzeintrag gesendet.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>Der Schlüsseltresor hat eine ungültige Registrierungsantwort gesendet.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>Der Schlüsseltresor hat eine ungültige Antwort gesendet (%1 fehlt).</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>Der Schlüsseltresor hat eine ungültige Antwort gesendet (%1).</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>Der Backup-Sequenzeintrag des Schlüsseltresors gehört zu einem anderen Backup-Satz.</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>Der Backup-Sequenzeintrag des Schlüsseltresors ist nicht mit dem Schlüssel dieses Backups signiert.</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>Der Serverschlüssel des Schlüsseltresors ist nicht der erwartete; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>Die Bibliothek hat keinen Chat mit der ID %1.</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>Das Passwort öffnet dieses iPhone-Backup nicht (seine Dateiliste lässt sich nicht entschlüsseln).</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>Das Passwort öffnet dieses iPhone-Backup nicht.</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>Das Passwort ist für dieses Backup nicht richtig.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>Die gespeicherte Google-Anmeldung gehört zu einem anderen OAuth-Client.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>Die Tresor-Einstellungen dieses Backups sind beschädigt.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>Die Tresor-Einstellungen dieses Backups sind unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Es gibt kein Backup %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Unter %1 gibt es kein Backup.</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>Unter %2 gibt es kein Backup-Set %1.</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>In %1 gibt es keine Chat-Bibliothek.</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>Es gibt keinen Chat mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>Es gibt keine Internetverbindung.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>Dieses Backup ist mit einem Passwort geschützt, das in einem Schlüsseltresor verwahrt wird.</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>Dieses Backup nennt einen Schlüsseltresor, den dieser Computer noch nie verwendet hat: %1 (Identität %2). Es wurde nichts an ihn gesendet. Fahre nur fort, wenn das der Schlüsseltresor ist, den du beim Einrichten dieses Backups gewählt hast: Wer den Speicherort des Backups ändern kann, kann es seinen eigenen Server nennen lassen.</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>Diese Chat-Bibliothek wurde mit einer neueren Version von backupgui erstellt.</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>In dieser Kopie von backupgui ist keine Google-Anmeldung eingebaut.</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>Diese Datenbank hat mehr als %1 Chats; sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>Diese Datenbank hat zu viele Chats; sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>Diese Datenbank ist nicht die Nachrichtendatenbank von WhatsApp (msgstore.db): Sie hat keine Nachrichtentabelle.</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>Dieses verschlüsselte iPhone-Backup hat keine nutzbaren Schlüssel (Manifest.plist).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>Diese Datei ist kein WhatsApp-Backup (ihr Header kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>Diese Datei ist kein WhatsApp-Backup (kein Header gefunden).</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>Diese Datei ist zu kurz für ein WhatsApp-Backup.</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>Die Manifest.db dieses Ordners gehört zu keinem iPhone-Backup.</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>Dieses iPhone-Backup enthält keine WhatsApp-Nachrichten (keine ChatStorage.sqlite im Bereich von WhatsApp).</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>Dieses iPhone-Backup ist verschlüsselt: Sein Passwort wird benötigt.</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>Das ist viel zu lang für einen Backup-Schlüssel oder eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>Das ist nicht die iPhone-Datenbank von WhatsApp (ChatStorage.sqlite).</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>Diese Schlüsseldatei gehört zu einem anderen Backup (ihr Server-Salt unterscheidet sich von dem, mit dem dieses Backup erstellt wurde).</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>Diese Schlüsseldatei ist beschädigt (ihre interne Prüfung schlägt fehl).</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>Diese Schlüsseldatei ist beschädigt oder stammt nicht von WhatsApp.</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>Diese Schlüsseldatei hat eine Version, die backupgui nicht kennt.</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>Dieser Schlüsseltresor akzeptiert keine Google-Konten, mit denen Backups in Google Drive ihre Passwortversuche schützen.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>Dieser Schlüsseltresor ist zu alt: Er kann den Schlüssel eines Backups nicht an ein Konto binden, daher könnte jeder, der das Backup hat, die Passwortversuche aufbrauchen. Aktualisiere den Tresor.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Dieses Passwort ist zu verbreitet; wähle eines, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>Bestätige zum Fortfahren den Tresor oder führe den Befehl erneut mit --trust-vault aus (oder gib die Adresse des Tresors mit --vault URL an).</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>Um das ältere Backup trotzdem wiederherzustellen, bestätige es im Wiederherstellungsfenster oder gib es mit --backup an und füge --accept-rollback hinzu.</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>Versuche es noch einmal. Wenn sich kein Browserfenster geöffnet hat, kopiere den Anmeldelink in deinen Browser.</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>Versuche, dich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>Gib ihn so ein, wie er beim Einrichten des Schlüsseltresors angezeigt wurde; Leerzeichen und Bindestriche werden ignoriert.</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>Unbekanntes Exportformat %1; verwende &apos;whatsapp&apos; oder &apos;telegram&apos;.</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>Backup wird entsperrt</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>iPhone-Backup wird entsperrt</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>Verwende deinen eigenen Google-Cloud-Client: Einstellungen → Google Drive → „Eigenen Google-Cloud-Client verwenden…“ (docs/DRIVE.md beschreibt die Schritte), oder probiere den Drive-Emulator aus.</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>Du hast backupgui nicht erlaubt, Google Drive zu verwenden.</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>Eine Mediendatei in der Bibliothek ist beschädigt und wurde übersprungen (%1).</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>Eine Mediendatei fehlt in der Bibliothek (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>Der Backup-Satz %1 lässt sich mit diesem Schlüssel oder Passwort nicht öffnen; er wird ignoriert.</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Alte Backups konnten diesmal nicht entfernt werden (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Der Schlüsseltresor konnte dieses Backup nicht als das neueste speichern, daher kann eine Wiederherstellung auf einem anderen Computer nicht erkennen, ob der Backup-Speicher zurückgesetzt wurde (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>Der Schlüsseltresor-Eintrag dieses Backups stammt aus der Zeit vor der Kontobindung: Jeder mit einer Kopie des Backups kann seine Passwortversuche aufbrauchen. Führe ein Backup mit dem Passwort aus (backupgui-cli backup), um es an dein Konto zu binden (docs/VAULT.md 1.6).</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>ein Chat, dessen ID keine WhatsApp-ID ist</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>eine Nachricht, die kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>Chats, die in der Chatliste der Datenbank fehlen</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>ungültiges Datum oder ungültige Uhrzeit (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>Nachricht %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>Nachrichten von Arten, die backupgui nicht anzeigen kann (Anrufe, Umfragen, Zahlungen …)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>Nachrichten ohne gültiges Datum</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>kein lesbares Datum</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>Statusmeldungen (sie sind kein Chat)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>Systemhinweise einer Art, die backupgui nicht anzeigt</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>Text vor der ersten Nachricht</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>der Rest der Datei konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>unbekannte AM/PM-Angabe in der Uhrzeit</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>unbekannter Nachrichtentyp %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>Dieses Backup wurde mit einer neueren Version von backupgui erstellt (seine Nachrichten sind im Format Version %1), die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>Aktualisiere backupgui auf die neueste Version und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 ist kein WhatsApp-Chat-Export: Zeile %2 enthält Binärdaten.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 ist kein WhatsApp-Chat-Export: Zeile %2 ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>Dieses Backup wurde mit einer neueren Version von backupgui erstellt (sein Paket %1 ist im Format Version %2), die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>Der Schlüsseltresor hat die Gerätekennung dieses Computers und den Wiederherstellungscode abgelehnt. Wenn eine ältere Version von backupgui den Schlüsseltresor dieses Backups eingerichtet hat, muss zuerst der Schlüsseltresor aktualisiert werden: Diese Version sendet weder die Kennung noch den Code.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>Dieser Schlüsseltresor ist zu alt: Er kann die Gerätekennung dieses Computers und den Wiederherstellungscode nur prüfen, wenn er sie erhält, und diese App sendet sie nie. Es wurde nichts gesendet. Aktualisiere den Schlüsseltresor.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>Dieses Backup wurde mit einer neueren Version von backupgui erstellt (sein Index %1 ist im Format Version %2), die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>Dieses Backup wurde mit einer neueren Version von backupgui erstellt (sein Snapshot %1 ist im Format Version %2), die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>Paket %1 steht in keinem Index und wurde von einer neueren Version von backupgui erstellt (Format Version %2): aktualisiere backupgui vor dem nächsten Backup</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>Der Backup-Ordner ist verschwunden.</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>Der Backup-Ordner ist voll.</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>Der Backup-Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>backupgui legt nur den Backup-Ordner selbst an, nie die Ordner darüber: Prüfe den Pfad oder schließe das Laufwerk an, auf dem er liegt.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>backupgui darf nicht in den Backup-Ordner schreiben.</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>Schließe das Laufwerk an, auf dem er liegt, oder wähle den Backup-Ordner noch einmal.</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>Gib auf dem Laufwerk mit dem Backup-Ordner Speicherplatz frei oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>Der Schlüsseltresor lässt nur das Google-Konto, zu dem dieses Backup gehört, sein Passwort ausprobieren. Melde dich bei Google Drive an (mit Zugriff auf die Identität deines Kontos) und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>Der Schlüsseltresor lässt nur die Geräte dieses Backups sein Passwort ausprobieren. Gib auf einem neuen Computer den Wiederherstellungscode ein, den du beim Einrichten des Schlüsseltresors gespeichert hast.</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>Uploads zu Google Drive werden zuerst in den Cache-Ordner dieses Computers geschrieben: Gib dort Speicherplatz frei (oder setze BACKUPGUI_DRIVE_SPOOL) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>Warte, bis es fertig ist, oder brich es ab und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>Lass diesen Chat beim Backup weg oder lösche einige seiner Nachrichten aus diesem Monat und sichere dann erneut.</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>Backup-Satz %1 lässt sich mit diesem Schlüssel oder Passwort nicht öffnen; ignoriert</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>Paket %1 steht in keinem Index (von einem unterbrochenen Backup übrig; das nächste Backup übernimmt es)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>Paket %1 steht in keinem Index und lässt sich nicht authentifizieren; ignoriert</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>unbekanntes Objekt %1 (kein backupgui-Name)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>unbekanntes Objekt %1 (kein backupgui-Name); ignoriert</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>Backup-Satz wird erstellt</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>Prüfe den Schlüssel und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>Prüfe das Passwort und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>Eine Datei dieses Backups fehlt in Google Drive.</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>Sichere erneut: Der beschädigte Teil wird noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Prüfe die Internetverbindung und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>In den Cache-Ordner für Uploads zu Google Drive konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>Google Drive war nicht erreichbar; nach %1 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>Google Drive hat eine unbrauchbare Antwort gegeben.</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>Google Drive hat einen Upload immer wieder abgebrochen.</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>Google Drive hat immer wieder versagt; nach %1 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>Google Drive hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>Google Drive hat die Angaben zum Konto verweigert.</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>Google Drive hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>Ein Teil dieses Backups ist beschädigt bei Google Drive angekommen.</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>Google hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>Die Google-Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>Der Cache-Ordner für Uploads zu Google Drive ist voll.</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>Dieser Upload zu Google Drive ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>Versuche es später noch einmal oder melde dich erneut bei Google Drive an.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>Versuche es später noch einmal. Lehnt Google Drive weiter ab, melde dich erneut an; das Protokoll enthält Googles Antwort.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>Google Drive hat zu langsam geantwortet.</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>Google hat auf die Anmeldung nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>Der Schlüsseltresor unter %1 hat zu langsam geantwortet.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>Google Drive hat zu langsam geantwortet: keine Antwort war innerhalb ihrer Frist vollständig; nach %1 Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 ist verschlüsselt: Gib den %2-stelligen Schlüssel (oder die Schlüsseldatei) an, der es öffnet.</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>Ein .crypt15-Backup öffnet sich mit dem %1-stelligen Schlüssel (oder der Datei encrypted_backup.key), ein .crypt14- oder .crypt12-Backup mit der %2 Byte großen Datei namens „key“.</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>Ein Backup-Schlüssel hat %1 Zeichen 0-9 und a-f; Leerzeichen und Bindestriche werden ignoriert.</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>Ein Backup-Schlüssel hat %1 Stellen; dieser hat %2.</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>Ein Wiederherstellungscode des Schlüsseltresors hat %1 Stellen 0-9 und a-f (%2 Gruppen zu %3); dieser Text ist keiner.</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>Prüfe den %1-stelligen Schlüssel (WhatsApp zeigt ihn nur, wenn du das Ende-zu-Ende-verschlüsselte Backup aktivierst) oder wähle die Schlüsseldatei, die zu diesem Backup gehört.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Behalte zwischen %1 und %2 Backups.</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>In diesem Text oder dieser Datei wurde kein %1-stelliger Backup-Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Öffne backupgui und klicke auf „Sichern“, um dein Passwort oder deinen %1-stelligen Schlüssel einzugeben.</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>Beim Wechsel zu einem %1-stelligen Schlüssel wird der eigene Schlüssel des Backups angezeigt; er kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>Der %1-stellige Schlüssel ist für dieses Backup nicht richtig.</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>Der WhatsApp-Schlüssel hat %1 Stellen; der angegebene Text hat %2.</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>Der WhatsApp-Schlüssel muss %1 Bytes (%2 Stellen) haben.</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>Der Schlüsseltresor hat den Schlüssel dieses Backups nach zu vielen falschen Passwörtern vernichtet. Das Passwort kann dieses Backup nicht mehr öffnen; nur noch sein %1-stelliger Schlüssel, falls du ihn gespeichert hast.</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>Die Identität des Schlüsseltresors (Serverschlüssel) unterscheidet sich von der, mit der dieses Backup erstellt wurde. Es wurde nichts gesendet; prüfe die Adresse des Tresors oder stelle mit dem %1-stelligen Schlüssel wieder her.</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>Die Argon2id-Einstellungen des Passworts liegen außerhalb der Grenzen: höchstens %1 MiB Speicher, %2 Durchläufe und %3 Lanes.</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>Der Wiederherstellungscode hat %1 Stellen in %2 Gruppen.</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>Dieses Backup ist mit einem %1-stelligen Schlüssel geschützt; gib stattdessen den Schlüssel ein.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>Dieses Backup ist mit einem Passwort mit Schlüsseltresor geschützt, nicht mit einem %1-stelligen Schlüssel.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>Dieses Backup ist mit einem Passwort geschützt, nicht mit einem %1-stelligen Schlüssel oder Tresor.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>Dieses Backup ist mit einem Passwort geschützt, nicht mit einem %1-stelligen Schlüssel.</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>Diese Datei ist kein WhatsApp-Schlüssel: weder eine Schlüsseldatei noch ein Text mit dem %1-stelligen Schlüssel.</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>Das ist ein %1-Backup: Es öffnet sich mit der %2 Byte großen Datei namens „key“ vom Handy, nicht mit einem %3-stelligen Schlüssel.</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>Das ist ein .crypt15-Backup (Ende-zu-Ende-verschlüsselt): Es öffnet sich mit dem %1-stelligen Schlüssel oder der Datei encrypted_backup.key, nicht mit der Schlüsseldatei älterer Backups.</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>Diese Schlüsseldatei hat %1 Bytes; die von WhatsApp haben %2 (encrypted_backup.key) oder %3 (key).</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>Dieser Text enthält mehr als einen %1-stelligen Schlüssel; verwende nur den Schlüssel des Backups.</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>unmögliche Uhrzeit %1:%2 bei einer %3-Stunden-Uhr</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>Wenn du das neue Backup selbst gelöscht hast, erstelle einen neuen Schlüssel (Neues Passwort und neuer Backup-Schlüssel, oder backupgui-cli key rotate): Er sichert in einen neuen Satz und entfernt den alten.</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>Pakete, die im Backup-Index stehen, aber am Ziel fehlen: %1. Ihr Inhalt wird erneut gesendet.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>Dieser Backup-Satz (%1) wurde auf diesem Computer durch einen neuen Schlüssel ersetzt (durch Satz %2), aber das Ziel bietet ihn wieder an und nicht den neuen Satz: Der Speicher wurde vielleicht zurückgesetzt oder das neue Backup gelöscht.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>Dieser Backup-Satz (%1) wurde auf diesem Computer durch einen neuen Schlüssel ersetzt (durch Satz %2), aber das Ziel bietet ihn wieder an und nicht den neuen Satz: Der Speicher wurde vielleicht zurückgesetzt oder das neue Backup gelöscht. In den alten Satz wurde nichts gesichert.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>Chatliste des Backups wird gelesen</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>Dieses Backup listet mehr Chats auf, als backupgui auf einmal anzeigen kann; es wurde möglicherweise manipuliert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>%1 enthält mehrere .txt-Dateien; wähle eine davon: %2.</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>Gib in Google Drive mindestens %1 frei (mehr für spätere Backups) oder kaufe mehr Speicherplatz und sichere dann erneut.</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>Gib Speicherplatz in Google Drive frei oder kaufe mehr Speicherplatz und sichere dann erneut.</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>Google Drive ist voll (%1 von %2 belegt).</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>Google Drive ist voll (%1 belegt).</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>Google Drive ist voll.</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>Google Drive ist voll: Der nächste Teil dieses Backups braucht %1 (%2 belegt).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>Google Drive ist voll: Der nächste Teil dieses Backups braucht %1, frei sind nur %2 (%3 von %4 belegt).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>Google Drive ist voll: Der nächste Teil dieses Backups braucht %1.</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>Kein Backup unter %1 lässt sich mit diesem Schlüssel authentifizieren (%2).</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>Kein Backup unter %1 lässt sich mit diesem Schlüssel authentifizieren.</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Auf diesem System ist kein Schlüsselbund-Dienst verfügbar. Die Google-Anmeldung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Auf diesem System ist kein sicherer Passwortspeicher (Schlüsselbund) verfügbar. Die Google-Anmeldung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>Die Google-OAuth-Client-Datei %1 kann nicht gelesen werden: Sie ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Der Schlüsseltresor konnte nicht sagen, welches Backup das neueste ist (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>Der Schlüsseltresor begrenzt Anfragen; versuche es in ein paar Sekunden noch einmal.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>Der Schlüsselbund dieses Computers ist nicht für Geheimnisse gedacht. Die Google-Anmeldung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>Das neueste Backup, das der Schlüsseltresor kennt, %1 (Backup Nr. %2), fehlt am Ziel (neuestes gefundenes: %3, Backup Nr. %4). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Das neueste Backup, das der Schlüsseltresor kennt, %1 (Backup Nr. %2), fehlt am Ziel (kein Backup gefunden). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Das neueste Backup, das der Schlüsseltresor kennt, %1, fehlt am Ziel (neuestes gefundenes: %2, Backup Nr. %3). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Das neueste Backup, das der Schlüsseltresor kennt, %1, fehlt am Ziel (kein Backup gefunden). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>Das neueste Backup, das dieser Computer kennt, %1 (Backup Nr. %2), fehlt am Ziel (neuestes gefundenes: %3, Backup Nr. %4). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Das neueste Backup, das dieser Computer kennt, %1 (Backup Nr. %2), fehlt am Ziel (kein Backup gefunden). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Das neueste Backup, das dieser Computer kennt, %1, fehlt am Ziel (neuestes gefundenes: %2, Backup Nr. %3). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Das neueste Backup, das dieser Computer kennt, %1, fehlt am Ziel (kein Backup gefunden). Der Speicher wurde vielleicht zurückgesetzt oder Backups wurden gelöscht.</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>Der einzige gefundene Schlüsselbund speichert Geheimnisse in einer unverschlüsselten Datei. Die Google-Anmeldung kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>Unter %2 passt mehr als ein Backup zu %1.</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>Unter %2 passt kein Backup zu %1.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>Falsches Passwort. Der Schlüsseltresor erlaubt noch %1 Versuche, bevor er den Schlüssel vernichtet.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>Falsches Passwort. Der Schlüsseltresor erlaubt noch einen Versuch, bevor er den Schlüssel vernichtet.</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>Eine Wiederherstellung läuft bereits (gestartet von %1).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>Eine Wiederherstellung läuft bereits (gestartet von %1, um %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>Eine Wiederherstellung läuft bereits (gestartet von %1, Prozess %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Eine Wiederherstellung läuft bereits (gestartet von %1, Prozess %2, um %3).</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>Eine Wiederherstellung läuft bereits.</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>Ein anderes Backup läuft bereits (gestartet von %1).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>Ein anderes Backup läuft bereits (gestartet von %1, um %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>Ein anderes Backup läuft bereits (gestartet von %1, Prozess %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Ein anderes Backup läuft bereits (gestartet von %1, Prozess %2, um %3).</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>Ein anderes Backup läuft bereits.</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>Block %1 ist in keinem Paket</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>Medienblock %1 hat den falschen Inhalt</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>Nachrichtenblock %1 ist größer, als das Format erlaubt</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>Paket %1 fehlt</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>Das Backup ist beschädigt (gefundene Probleme: %1): %2.</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>Das Backup-Objekt %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>Block %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>Index %1 wird ignoriert: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>das Objekt ist beim Lesen verschwunden</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>das Objekt besteht die Echtheitsprüfung nicht</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>das Objekt hat mehr Struktur als jedes gültige (es zu lesen bräuchte zu viel Speicher)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>das Objekt ist abgeschnitten</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>das Objekt ist größer, als das Format erlaubt</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>das Objekt ist fehlerhaft</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>das Objekt enthält keine gültigen komprimierten Daten</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>Manifest %1 besteht die Echtheitsprüfung nicht</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>Manifest %1 hat mehr Struktur als jedes gültige (es zu lesen bräuchte zu viel Speicher)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>Manifest %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>Manifest %1 ist größer, als das Format erlaubt</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>Manifest %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>Manifest %1 enthält keine gültigen komprimierten Daten</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>Paket %1 besteht die Echtheitsprüfung nicht</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>Paket %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>Paket %1 ist größer, als das Format erlaubt</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>Paket %1 ist länger, als sein Index angibt</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>Paket %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>Snapshot %1 wird ignoriert: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 sind abgeschnitten</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 sind größer, als das Format erlaubt</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 sind fehlerhaft</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 sind nicht die, die das Backup aufführt</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 sind keine gültigen komprimierten Daten</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 bestehen die Echtheitsprüfung nicht</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 haben mehr Struktur als jeder gültige Block (sie zu lesen bräuchte zu viel Speicher)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>Das Backup ist beschädigt (gefundene Probleme: %1), darunter: %2.</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>Alter Schlüssel wird im Schlüsseltresor gelöscht</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Der Schlüsseltresor %1 bewahrt den Schlüssel des alten Backup-Satzes %2 noch auf; er konnte nicht gelöscht werden (%3) Wer eine Kopie dieses Satzes behalten hat, kann ihn dort noch mit dem alten Passwort öffnen.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>Der Schlüsseltresor %1 bewahrt den Schlüssel des alten Backup-Satzes %2 noch auf: Zum Löschen wurde kein Passwort angegeben. Wer eine Kopie dieses Satzes behalten hat, kann ihn dort noch mit dem alten Passwort öffnen.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>Der Schlüsseltresor %1 bewahrt den Schlüssel des alten Backup-Satzes %2 noch auf: Der neue Schlüssel oder der neue Schutz, der den Satz ersetzt hat, wurde unterbrochen, bevor der Schlüssel gelöscht war. Wer eine Kopie dieses Satzes behalten hat, kann ihn dort noch mit dem alten Passwort öffnen.</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>Ein Eintrag im Schlüsseltresor wird mit seinem Passwort gelöscht, nicht mit einem %1-stelligen Schlüssel.</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>Der Schlüsseltresor hat keinen Schlüssel für dieses Backup (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>Der Schlüsseltresor hat während der Passwortänderung nicht mehr geantwortet; das neue Passwort gilt möglicherweise bereits.</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>Der Schlüsseltresor hat beim Löschen des Schlüssels dieses Backups nicht mehr geantwortet; der Schlüssel ist möglicherweise bereits gelöscht.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>Falsches Passwort. Der Schlüsseltresor hat nicht geantwortet, wie viele Versuche noch bleiben.</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>Trag dort eine http://-, socks5://- oder socks5h://-Proxy-Adresse ein oder entferne die Einstellung.</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>Der in %1 eingestellte Proxy kann nicht verwendet werden: %2-Proxys werden nicht unterstützt (nur http, socks5 und socks5h).</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>Der in %1 eingestellte Proxy kann nicht verwendet werden: Das ist keine Proxy-Adresse.</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>Vergleiche diese Gruppe mit dem gespeicherten Schlüssel oder öffne die gespeicherte Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>Gruppe %1 des Schlüssels hat %2 Stellen statt %3.</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>Gruppe %1 des Schlüssels enthält „%2“, das in keinem Schlüssel vorkommt: Ein Schlüssel hat nur die Ziffern 0-9 und die Buchstaben a-f.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>Lass diesen Chat beim Backup weg und sichere dann erneut.</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>Erstelle einen neuen Schlüssel (Neues Passwort und neuer Backup-Schlüssel, oder backupgui-cli key rotate): Er sichert in einen neuen Satz und entfernt diesen.</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>Der Chat %1 enthält eine Nachricht mit einem Datum außerhalb der Jahre %2 bis %3, die ein Backup nicht fassen kann. Das Backup wurde angehalten; die Bibliothek und frühere Backups sind unverändert.</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>Dieser Backup-Satz (%1) enthält ein Backup mit der höchsten Nummer, die ein Backup haben kann, und nur ein manipuliertes Backup erreicht sie: Kein Backup kann darauf folgen. Es wurde nichts gesichert.</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>Objekt %1 ist keine normale Datei</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>die Datei %1 hat den falschen Inhalt</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>die Datei %1 fehlt</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>die Nachrichten von %1 aus %2 fehlen</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>%1 kann nicht gelesen werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>%1 kann nicht gelesen werden: Es ist nicht genug Arbeitsspeicher frei.</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>%1 konnte nicht vom Datenträger gelesen werden; kopiere die Datei erneut und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 ist eine beschädigte ZIP-Datei.</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1 ist auf eine Art komprimiert, die backupgui nicht lesen kann; entpacke die Datei mit einem anderen Programm und wähle den Ordner.</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 ist unvollständig (der Download oder das Kopieren wurde nicht abgeschlossen); kopiere die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 ist beschädigt oder keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 wird von einem anderen Programm verwendet; schließe es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 ist keine Datenbank.</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>Der Schlüsselbund des Backups ist beschädigt.</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>Die Nachrichtendatenbank</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>backupgui hat keine Berechtigung dafür (prüfe die Berechtigungen)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>nicht vorhanden (vielleicht verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>der Pfad führt über zu viele symbolische Links (oder über eine Schleife davon)</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>der Name ist für dieses System zu lang</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>abgelehnt: wurde während des Imports zu einem symbolischen Link</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>abgelehnt: ist keine normale Datei mehr</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>der Datenträger meldete einen Lese- oder Schreibfehler (er ist vielleicht defekt oder wurde entfernt)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>das System meldete einen Fehler (Details stehen im Protokoll)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>Freier Speicherplatz wird geprüft</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>Gib Speicherplatz frei oder stelle weniger Chats wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>Nicht genug freier Speicherplatz für die Wiederherstellung: etwa %1 MB nötig, %2 MB frei auf dem Datenträger der Bibliothek. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>Ändere die Berechtigungen der Datei oder wähle eine Kopie, die dir gehört.</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>Prüfe, ob ihr Ordner existiert und ob du ihn lesen und beschreiben darfst.</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>Prüfe das Laufwerk und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>Prüfe die Berechtigungen des Ordners oder ob sein Laufwerk schreibgeschützt eingebunden ist.</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>Wähle den Backup-Ordner erneut.</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>Wähle die JSON-Datei des Clients selbst.</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>Verschiebe diesen Ordner aus dem Backup-Ordner und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>Stelle die Bibliothek aus einem Backup wieder her oder verschiebe die Datei, um eine neue Bibliothek anzufangen.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>Die Google-OAuth-Client-Datei %1 ist nicht erreichbar: Ein Ordner auf dem Weg dorthin ist eine Datei.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>Die Google-OAuth-Client-Datei %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>Die Google-OAuth-Client-Datei %1 ist keine Client-Datei: Sie ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>Die Google-OAuth-Client-Datei %1 ist zu groß für eine Client-Datei.</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>Im Backup-Ordner liegt ein Ordner, wo eine Datei des Backups hingehört.</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>Der Backup-Ordner oder ein Ordner auf dem Weg dorthin ist eine Datei oder eine Verknüpfung statt eines Ordners.</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>Die Chat-Bibliothek kann nicht geändert werden: Ihre Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>Die Chat-Bibliothek konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>Die Datei der Chat-Bibliothek kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>Die Datei der Chat-Bibliothek ist beschädigt.</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>Die Datei der Chat-Bibliothek ist keine Chat-Bibliothek (sie ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>Das Laufwerk mit der Chat-Bibliothek hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>Das Laufwerk mit dem Backup-Ordner hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>Die Nachrichten von %1 aus %2 sind mehr, als ein Backup fassen kann (höchstens %3 MiB pro Chat und Monat). Das Backup wurde angehalten; die Bibliothek und frühere Backups sind unverändert.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>Die Nachrichten von %1 aus %2 sind mehr, als ein Backup fassen kann (höchstens %3 Bytes pro Chat und Monat). Das Backup wurde angehalten; die Bibliothek und frühere Backups sind unverändert.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>Es ist nicht genug freier Speicherplatz für die Chat-Bibliothek da.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>Versuche es noch einmal; wenn es wieder passiert, steht das Genauere im Protokoll.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>backupgui darf die Google-OAuth-Client-Datei %1 nicht lesen.</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>Ordner %1 auf dem Weg zu Objekt %2 ist eine Verknüpfung oder eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>Google war nicht erreichbar, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>Google hat die Antwort der Anmeldung nicht angenommen: Sie ist abgelaufen oder wurde schon verwendet.</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>Google nimmt diesen OAuth-Client nicht an: Er wurde gelöscht, oder die Client-Datei ist veraltet.</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>Der Passwortspeicher hat die Anfrage abgelehnt: Vielleicht ist er gesperrt, oder sein Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Die Adresse des Schlüsseltresors muss eine Webadresse sein (http:// oder https://) oder mehrere Adressen desselben Tresors, durch Kommas getrennt: höchstens %1, keine doppelt.</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>Der Schlüsseltresor unter %1 hat eine andere Identität (Serverschlüssel) als der unter %2; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>Wähle für ältere Backups %1 bis %2 Tage, Wochen, Monate oder Jahre.</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>Eine Datei des Backups ist größer, als das Laufwerk mit dem Backup-Ordner erlaubt.</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>Prüfe die Verbindung zum Netzlaufwerk und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>Wähle einen Ordner auf einem Laufwerk, das große Dateien aufnimmt (nicht FAT32), und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>Wähle einen Ordner mit einem kürzeren Pfad.</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>Schließe einige Programme und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>Die Google-OAuth-Client-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>Dem Computer gingen beim Verwenden des Backup-Ordners der Arbeitsspeicher oder die offenen Dateien aus.</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>Das Netzlaufwerk mit dem Backup-Ordner hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>Der Pfad des Backup-Ordners ist für dieses System zu lang.</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>ein anderes Programm verwendet sie (schließe dieses Programm und versuche es erneut)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>die Datei ist größer, als dieses Laufwerk oder Konto erlaubt</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>das Netzlaufwerk, auf dem sie liegt, hat nicht geantwortet (prüfe die Verbindung)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>das System hat zu viele Dateien geöffnet (schließe einige Programme und versuche es erneut)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>es ist nicht genug Arbeitsspeicher frei (schließe einige Programme und versuche es erneut)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 ist keine gewöhnliche Datei; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>%1 braucht zum Lesen weit länger, als eine Datenbank dieser Größe brauchen kann; sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>Dieses iPhone-Backup listet mehr als %1 WhatsApp-Dateien auf (Manifest.db), mehr als ein Telefon je speichert; es wird abgelehnt.</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Einige Nachrichten dieses Backups weichen von der Kopie derselben Nachricht in der Bibliothek ab (inzwischen bearbeitet oder anderswo geändert). Beide Versionen wurden behalten.</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Einige Nachrichten dieses Exports weichen von der Kopie derselben Nachricht in der Bibliothek ab (inzwischen bearbeitet oder anderswo geändert). Beide Versionen wurden behalten.</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>Ein anderer Computer (%1) hat in den letzten %2 Tagen ebenfalls in diesen Backup-Satz gesichert. Es geht nichts verloren: Die Backups beider bleiben in einem gemeinsamen Verlauf erhalten. Wenn es ein Computer ist, den du ersetzt hast, schalte dort seine Backups aus.</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>Sichere erneut: Was die entfernten Teile enthielten, wird noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>Teile des Backups, die dieses Backup wiederverwendet, wurden während seines Laufs entfernt: %1. Ein anderer Computer, der in denselben Backup-Satz sichert, hat sie möglicherweise entfernt. Es wurde kein neues Backup gespeichert; die Backups davor sind unverändert.</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>Anrufe, deren Eintrag nicht lesbar ist</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>Ein anderer Computer (%1) sichert gerade in diesen Backup-Satz; versuche es noch einmal, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>Ein anderer Computer (%1) ändert gerade den Schlüssel oder das Passwort dieses Backup-Satzes; versuche es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>Ein anderer Computer (%1) räumt gerade diesen Backup-Satz auf; versuche es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>Alte Backups wurden diesmal nicht entfernt: Ein anderer Computer (%1) verwendet gerade diesen Backup-Satz. Ein späteres Backup entfernt sie.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>Alte Backups wurden diesmal nicht entfernt: Der Backup-Satz enthält mehr Sperrobjekte, als sichernde Computer anlegen. Ein späteres Backup entfernt sie.</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>Der Backup-Satz enthält %1 frische Sperrobjekte, mehr als sichernde Computer anlegen: Jemand, der in das Ziel schreiben kann, hat sie vielleicht dort abgelegt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>Warten, bis ein anderer Computer mit dem Backup-Satz fertig ist</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>Die Einstellungen des Backups sind beschädigt, oder dies ist kein backupgui-Backup.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>Die Einstellungen des Backups wurden verändert (die Schlüsselprüfung ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>Die Einstellungen des Backups wurden verändert (sie bestehen die Echtheitsprüfung nicht).</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>Die Einstellungen des Backup-Satzes %1 gehören zu einem anderen Backup-Satz.</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>Die Einstellungen dieses Backups nennen die Formatversion %1, die diese Version von backupgui nicht lesen kann. Aktualisiere backupgui.</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>Backup-Satz %1 hat beschädigte Einstellungen; ignoriert</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>Backup-Satz %1 hat keine Einstellungen (vielleicht wurde ein Schlüsselwechsel unterbrochen); ignoriert</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>Anrufe mit einem Ergebnis, das backupgui nicht anzeigt</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1, in einem anderen Chat</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Bearbeitet: zwei Versionen dieser Nachricht. Diese: %1. Die andere: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Zwei Versionen dieser Nachricht, von verschiedenen Absendern. Diese: %1. Die andere: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Zwei Versionen dieser Nachricht. Diese: %1. Die andere: %2.</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>schon in der Bibliothek, bevor sie festhielt, woher Nachrichten kommen</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>aus einem Backup, wiederhergestellt am %1</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>aus dem Export, importiert am %1</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>aus dem Handy-Backup, importiert am %1</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>Setze %1 auf ein Token, das mit dem Bereich drive.appdata erteilt wurde, oder entferne die Variable, um die in der App gespeicherte Anmeldung zu verwenden.</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Melde dich erneut an und setze auf der Seite von Google das Häkchen, mit dem backupgui seine eigenen Daten in deinem Google Drive sehen, erstellen und löschen darf.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Melde dich erneut bei Google Drive an und setze auf der Seite von Google das Häkchen, mit dem backupgui seine eigenen Daten in deinem Google Drive sehen, erstellen und löschen darf.</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Die Google-Anmeldung erlaubt backupgui nicht, Google Drive zu verwenden: Das Häkchen für seine eigenen Daten in Google Drive wurde nicht gesetzt.</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>Das Zugriffstoken in %1 erlaubt backupgui nicht, Google Drive zu verwenden (es wurde ohne die Berechtigung für Drive erteilt).</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Du hast backupgui nicht erlaubt, Google Drive zu verwenden: Das Häkchen für seine eigenen Daten in Google Drive wurde nicht gesetzt.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>Bitte deinen Google Workspace-Administrator, backupgui die Nutzung von Google Drive zu erlauben, oder melde dich mit einem anderen Google-Konto an. Bis dahin hilft es nicht, es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>Google Drive lässt backupgui nicht zu: Der Administrator dieses Google Workspace-Kontos (ein Arbeits- oder Schulkonto) hat Drive-Apps deaktiviert.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>Bitte deinen Google Workspace-Administrator, backupgui zu erlauben, oder melde dich mit einem anderen Google-Konto an.</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>Melde dich mit einem Konto dieser Organisation an oder verwende einen anderen OAuth-Client.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>Der Administrator dieses Google Workspace-Kontos (ein Arbeits- oder Schulkonto) erlaubt backupgui nicht, sich damit anzumelden.</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>Dieser OAuth-Client ist nur für die Google-Konten seiner eigenen Organisation da, und dieses Konto gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>Falsches Passwort. Der Schlüsseltresor erlaubt noch viele Versuche, bevor er den Schlüssel vernichtet.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>Bitte deinen Google Workspace-Administrator, den Zugriff für backupgui einzurichten, oder melde dich mit einem anderen Google-Konto an.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>Der Administrator dieses Google Workspace for Education-Kontos (ein Schulkonto) hat den Zugriff für backupgui nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>Kein Ordner ausgewählt</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>Google-Drive-Emulator (%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Drive (nicht angemeldet)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Es ist kein Backup-Ziel ausgewählt.</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>Öffne die Einstellungen und wähle einen Ordner oder Google Drive.</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>Es ist kein Backup-Ordner ausgewählt.</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>Wähle in den Einstellungen einen Ordner.</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>Google Drive ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>Wähle vorerst in den Einstellungen einen Ordner als Ziel.</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>Unbekanntes Ziel.</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>Wähle eines in den Einstellungen.</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>Du bist nicht bei Google Drive angemeldet.</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>Öffne die Einstellungen und melde dich bei Google Drive an.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>backupgui darf eine benötigte Datei oder einen benötigten Ordner nicht verwenden.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Prüfe die Berechtigungen des Ordners oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Gib Speicherplatz frei und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>Es ist etwas passiert, womit backupgui nicht gerechnet hat.</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>Deine Chats und Backups wurden nicht verändert. Das Protokoll enthält die Details; füge es bitte bei, wenn du das Problem meldest.</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1/s</source>
        <comment>a transfer speed, e.g. 3.2 MB/s</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds, abbreviated</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, abbreviated</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds, abbreviated</comment>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>heute, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>gestern, %1</translation>
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

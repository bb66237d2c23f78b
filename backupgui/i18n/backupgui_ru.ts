<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>backupgui не может запуститься</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>backupgui не может записывать в %1: %2.</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>Сделайте эту папку доступной для записи (или освободите место) и запустите backupgui снова.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 принадлежит другому пользователю (%2); backupgui не использует папки других пользователей.</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>backupgui запущен от имени root и в этом случае использует только папки самого root: запустите backupgui от своего пользователя (без sudo).</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>Если папку создал запуск backupgui через sudo, верните её своему пользователю этой командой в терминале или удалите её; затем снова запустите backupgui:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Место для резервных копий не выбрано.</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>Откройте backupgui, затем «Настройки», и выберите папку или Google Диск.</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>Сквозное шифрование ещё не настроено.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>На этом компьютере нет связки ключей для хранения ключа резервной копии, поэтому автоматическое копирование не может выполняться само.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Ключ резервной копии не сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Не выбрано ни одного чата для резервного копирования.</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>Отметьте в backupgui чаты для резервного копирования.</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>Следующее автоматическое копирование</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Расписание копирования…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Журнал копирования…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>backupgui продолжает работать</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>Автоматическое копирование продолжается из области уведомлений. Чтобы остановить его, выберите там «Выход».</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>Откройте backupgui и один раз нажмите «Создать копию», чтобы выбрать пароль или %1-значный ключ.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>Системная связка ключей не ответила за %1 секунд, поэтому автоматическое копирование не может выполняться само.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Системная связка ключей заблокирована или отказалась выдать ключ резервной копии, поэтому автоматическое копирование не может выполняться само.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Открыть &amp;настройки</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>Создать резервную копию пока нельзя</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>Не удаётся подключиться к месту хранения копий</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>Здесь уже есть зашифрованная резервная копия. Введите её пароль или ключ, чтобы этот компьютер и дальше сохранял сюда копии.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>На этом компьютере нет связки ключей для хранения ключа резервной копии, поэтому вводите пароль или ключ при каждом копировании.</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>Резервное копирование не завершено</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>Пока нельзя создать новый ключ</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Первое копирование в это место остановилось, не завершившись. Введите %1-значный ключ, который вы для него выбрали, и копирование продолжится с того места, где остановилось.</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>Первое копирование в это место остановилось, не завершившись. Введите пароль, который вы для него выбрали, и копирование продолжится с того места, где остановилось.</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>Шифрование изменено, но есть предупреждение</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>Резервная копия теперь защищена по-новому, но:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>Пароль с хранилищем ключей</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Резервная копия чатов</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>Создавайте резервные копии чатов и медиафайлов. Всё защищается сквозным шифрованием на этом компьютере до сохранения.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Последняя копия</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Сквозное шифрование</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Ключ на этом компьютере</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Включить шифрование…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Выключить…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>Изменить место хранения…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>Выбрано для копирования</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>Соз&amp;дать копию</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>Создать копию выбранных чатов сейчас (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>Пока нет в этом месте</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Ещё не выбрано</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>вход не выполнен</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>Эмулятор Google Диска</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Диск</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>Включено · %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>Изменить шифрование…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>Выключено — вы выберете пароль или ключ при первом копировании</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Проверка связки ключей…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>На этом компьютере нет связки ключей: пароль или ключ будет запрашиваться при каждом копировании.</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>Хранится в системной связке ключей, поэтому копирование выполняется без запросов.</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>Будет храниться в системной связке ключей</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>Последнее копирование не завершено. %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>Последнее копирование отменено; предыдущая копия не изменилась.</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>Чаты не выбраны</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 медиафайлов</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 медиафайлов (без видео)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln чат</numerusform>
            <numerusform>%Ln чата</numerusform>
            <numerusform>%Ln чатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Идёт копирование…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>Резервное копирование отменено, поэтому в этом месте ещё нет полной копии. Уже загруженное сохраняется; следующее копирование продолжит с этого места.</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1 · чаты: %2</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1-значный ключ</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>Включается с этой копией · %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>Удалить старый ключ…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>Старый ключ заменённой резервной копии всё ещё хранится в хранилище ключей %1.</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>Ещё не включено · %1 · первое резервное копирование остановилось, не завершившись, поэтому следующее снова запросит то, что вы выбрали</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Самая новая копия</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>&amp;Всё равно восстановить более старую копию</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Найденные резервные копии</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>Здесь не найдено резервных копий. Проверьте, что выбрали ту папку или учётную запись, куда сохраняли копии.</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 мс)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (последняя)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Самая новая копия: %1 с устройства %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>Были созданы копии новее этих, но в этом месте их нет (этот компьютер или хранилище ключей помнит о них). Возможно, хранилище откатили или копии удалили.</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>Убедитесь, что это самая новая ваша копия: ни этот компьютер, ни хранилище ключей не хранят историю этой копии.</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>Это самая новая копия, о которой знает этот компьютер или хранилище ключей.</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Размер в хранилище</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>Размер резервной копии в месте хранения, в сжатом и зашифрованном виде</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>Чтение чатов резервной копии</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>На этом компьютере ничего не изменилось.</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>Чтение чатов этой резервной копии…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>На этом компьютере ничего не изменилось. Выберите другую резервную копию или нажмите «Далее», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>Остановлено. На этом компьютере ничего не изменилось. Нажмите «Далее», чтобы снова прочитать чаты этой резервной копии.</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>Выбрана самая новая. Старые копии хранятся так, как задано в настройках: по умолчанию по одной за каждый из последних %1.</translation>
    </message>
</context>
<context>
    <name>ChatTableModel</name>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медиа</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>Личный</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chat name — messages, media files</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln медиафайл</numerusform>
            <numerusform>%Ln медиафайла</numerusform>
            <numerusform>%Ln медиафайлов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1, входит в копию</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1, не входит в копию</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1, %2, последняя активность %3</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
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
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>Не удаётся показать этот чат</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>Не удалось открыть чат</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>Этого медиафайла нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>Возможно, видео не вошли в резервную копию, из которой чат был восстановлен.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Открыть вложение</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>«%1» — не фото, не видео, не аудио и не PDF, поэтому backupgui его не открывает.</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>Файлы других типов при открытии могут запускать программы. Можно сохранить копию и открыть её самостоятельно, если вы доверяете отправителю.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>Не удалось сохранить вложение</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>Сообщения чата %1, сначала старые. Стрелки переходят между сообщениями, Home и End — к первому и самому новому, Enter открывает вложение, Control+Enter на ответе переходит к цитируемому сообщению, Esc закрывает чат.</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>Выберите чаты для восстановления</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Вы&amp;брать все</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Снять выбор</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Чаты в резервной копии</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>&amp;Объединить: оставить то, что здесь есть, и добавить недостающие сообщения (рекомендуется)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>&amp;Заменить чаты здесь версией из резервной копии</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>Резервная копия с устройства %1, %2: %3, %4, медиафайлы — %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln чат</numerusform>
            <numerusform>%Ln чата</numerusform>
            <numerusform>%Ln чатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln сообщение</numerusform>
            <numerusform>%1  ·  %Ln сообщения</numerusform>
            <numerusform>%1  ·  %Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>%Ln из этих чатов уже есть на этом компьютере. Что с ним сделать?</numerusform>
            <numerusform>%Ln из этих чатов уже есть на этом компьютере. Что с ними сделать?</numerusform>
            <numerusform>%Ln из этих чатов уже есть на этом компьютере. Что с ними сделать?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>Выбрано %1 из %Ln чата</numerusform>
            <numerusform>Выбрано %1 из %Ln чатов</numerusform>
            <numerusform>Выбрано %1 из %Ln чатов</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>Ни одного из этих чатов на этом компьютере пока нет.</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>Чаты на этом компьютере, которых нет в этой резервной копии, останутся как есть.</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>Из резервной копии будет загружено не более %1.</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>Аккаунт Google</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>В этой копии backupgui нет встроенного входа через Google. Чтобы сохранять копии в Google Диск, используйте собственный клиент Google Cloud (бесплатно; шаги — в «Справке») или попробуйте эмулятор Диска ниже.</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>Использовать свой &amp;клиент Google Cloud…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>Использовать &amp;встроенный вход</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>Попробовать без Google: &amp;эмулятор Диска по адресу</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>Адрес эмулятора Диска</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>Свой клиент: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>Ваш OAuth-клиент Google Cloud</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>Файлы клиента (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>Этот файл клиента нельзя использовать</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>Собственный клиент Google Cloud</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>Резервное копирование в Google Диск через собственный клиент Google Cloud</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>В этой копии backupgui нет встроенного входа через Google. Чтобы восстановить данные из Google Диска, используйте собственный клиент Google Cloud (бесплатно; шаги — в «Справке») или попробуйте эмулятор Диска ниже.</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1. Откройте console.cloud.google.com и создайте проект.
%2. «API и сервисы» (APIs &amp; Services) → «Библиотека»: включите Google Drive API.
%3. «Окно запроса доступа OAuth»: тип «Внешний»; добавьте область …/auth/drive.appdata и свой аккаунт Google как тестового пользователя (или опубликуйте приложение).
%4. «Учетные данные» → «Создать учетные данные» → «Идентификатор клиента OAuth» → «Приложение для ПК»; скачайте файл JSON.
%5. Здесь: «Использовать свой клиент Google Cloud…», выберите этот файл, затем «Войти».

Каждый шаг описан в docs/DRIVE.md.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>Вход выполнен: %1 (только в этом сеансе: нет связки ключей)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>Забыть этот аккаунт</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>Забыть %1 на этом компьютере?</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>Данные входа удаляются из хранилища паролей этого компьютера. Ваши резервные копии остаются на Google Диске, и у backupgui сохраняется к ним доступ: войдите снова с этим аккаунтом, чтобы создавать копии или восстанавливать. До тех пор резервное копирование на Google Диск остановлено.

Не отзывайте доступ backupgui в настройках аккаунта Google, если хотите сохранить эти копии: тогда Google удалит резервные копии в скрытой папке приложения.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>Не удалось забыть аккаунт</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>За&amp;быть этот аккаунт на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>&amp;Другой аккаунт…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>Включить сквозное шифрование</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>Разблокировать резервную копию</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>Изменить сквозное шифрование</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>Выключить сквозное шифрование</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>Проверка пароля</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>Защитите хранилище ключей</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Про&amp;должить</translation>
    </message>
    <message>
        <source>Without it, nobody can restore your chats on a new computer — not even us. Enter it to check; it is checked here, not sent anywhere.</source>
        <translation>Без него никто не сможет восстановить ваши чаты на новом компьютере — даже мы. Введите его для проверки; он проверяется здесь и никуда не отправляется.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Введите пароль</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>Здесь уже есть зашифрованная резервная копия. Введите её пароль, чтобы этот компьютер и дальше сохранял сюда копии.</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>Введите текущий пароль</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>Чтобы изменить защиту резервной копии, сначала подтвердите, что знаете текущий пароль.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>Чтобы выключить сквозное шифрование на этом компьютере, нужен текущий пароль.</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>Вы ещё помните свой пароль?</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>Хранилище ключей вашей копии было настроено до того, как научилось отличать вас от других: любой, кто скопировал эту резервную копию, может подбирать пароли и исчерпать её попытки. Введите пароль один раз, чтобы привязать хранилище к вашему аккаунту Google.</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>Хранилище ключей вашей копии было настроено до того, как научилось отличать вас от других: любой, кто скопировал эту резервную копию, может подбирать пароли и исчерпать её попытки. Введите пароль один раз, чтобы привязать хранилище к этому компьютеру и новому коду восстановления.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Код восстановления хранилища ключей</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Код восстановления хранилища ключей</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>Защитите резервную копию</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>Выберите новую защиту</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>Новый пароль или ключ меняет только замок на ключе резервной копии; ничего не загружается заново.</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>Использовать &amp;пароль</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>Случайный ключ, который вы записываете или сохраняете. Самый надёжный вариант, но храните его бережно.</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>Использовать пароль с &amp;хранилищем ключей</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>Хранилище ключей по адресу %1 хранит ваш ключ; оно допускает лишь несколько неверных попыток.</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>Новый пароль и новый ключ &amp;резервной копии</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>После утечки: новый ключ и полностью новая резервная копия; старая удаляется.</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>Новый пароль сохраняет ключ резервной копии: старая копия настроек резервной копии со старым паролем по-прежнему открывает новые копии. Если пароль или ключ мог утечь, выберите &lt;b&gt;Новый пароль и новый ключ резервной копии&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Как это работает</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>Чаты и медиафайлы шифруются на этом компьютере случайным ключом резервной копии перед сохранением.</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>Этот компьютер хранит ключ резервной копии в своей связке ключей, поэтому следующие копии создаются без запросов.</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>Ваш пароль никогда не покидает этот компьютер. (Хранилище ключей можно настроить в «Настройках».)</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>Создайте пароль</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>Этот пароль понадобится, чтобы восстановить чаты на новом компьютере. Этот компьютер запоминает ключ резервной копии, поэтому пароль не будет запрашиваться при каждом копировании.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;Этот пароль никто не сможет восстановить.&lt;/b&gt; Если вы его забудете и потеряете этот компьютер, резервные копии нельзя будет открыть — ни вам, ни нам.</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>Запишите его или сохраните в надёжном месте, не на этом компьютере. Он понадобится, чтобы восстановить чаты на новом компьютере.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;Этот ключ никто не сможет восстановить.&lt;/b&gt; Любой, у кого он есть, может прочитать ваши копии; если вы потеряете ключ и этот компьютер, резервные копии нельзя будет открыть.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>Хранилище ключей разрешает проверять ваш пароль только с этого компьютера. На новом компьютере вам понадобится этот код вместе с паролем. Запишите его или сохраните в надёжном месте, не на этом компьютере.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;Код показывается только сейчас.&lt;/b&gt; Без него новый компьютер не сможет восстановить резервную копию по паролю. Один только код резервную копию не открывает.</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>Подтвердите ключ</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>Чтобы убедиться, что вы его сохранили, введите указанные ниже группы вашего ключа.</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>Не можете найти эти группы? Значит, ключ ещё не сохранён: нажмите &lt;b&gt;Назад&lt;/b&gt;, затем скопируйте его или сохраните в файл.</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>Прекратить копирование с этого компьютера?</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>backupgui никогда не создаёт незашифрованные копии.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Сохранить пароль</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Использовать этот ключ</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>Я со&amp;хранил ключ</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>Я со&amp;хранил код</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Выключить</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>Создайте пароль для хранилища ключей</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>Придумайте новый пароль для нового ключа</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>Этот компьютер не может пользоваться хранилищем ключей сам. Введите код восстановления, сохранённый при настройке хранилища, вместе с паролем.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>Проверка неожиданно не удалась; подробности в журнале.</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>Подтвердите код восстановления</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>Чтобы убедиться, что вы его сохранили, введите указанные ниже группы вашего кода восстановления.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>Группа %1 вашего ключа</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>Это не совпадает с вашим кодом восстановления. Вернитесь назад, чтобы снова посмотреть его, и проверьте номера групп.</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>Это не совпадает с вашим ключом. Вернитесь назад, чтобы снова посмотреть его, и проверьте номера групп.</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>Не удалось изменить шифрование</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>В этом месте ещё нет резервной копии, поэтому пароль здесь проверить нельзя. Сначала создайте копию: при первой копии сюда приложение спросит, как её защитить.</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>Легко запомнить. Не менее %1 символов. Он нужен для восстановления.</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>Группы пронумерованы от %1 до %2 слева направо и сверху вниз. Буквы можно вводить в любом регистре.</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>Введите %1-значный ключ</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>Здесь уже есть зашифрованная резервная копия. Введите её %1-значный ключ, чтобы этот компьютер и дальше сохранял сюда копии.</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>Введите текущий %1-значный ключ</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>Чтобы изменить защиту резервной копии, сначала подтвердите, что знаете текущий %1-значный ключ.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>Чтобы выключить сквозное шифрование на этом компьютере, нужен текущий %1-значный ключ.</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>Вы ещё помните свой %1-значный ключ?</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1-значный &amp;ключ</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>Ваши чаты шифруются на этом компьютере, прежде чем покинуть его. Прочитать резервную копию может только тот, у кого есть ваш пароль или %1-значный ключ, — ни Google, ни мы.</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>Использовать %1-значный &amp;ключ</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>На новом компьютере резервную копию разблокирует ваш пароль или %1-значный ключ. Больше никто не сможет.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Ваш %1-значный ключ</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>Если выключить здесь сквозное шифрование, backupgui:&lt;ul&gt;&lt;li&gt;удалит ключ резервной копии из связки ключей этого компьютера,&lt;/li&gt;&lt;li&gt;перестанет создавать копии с этого компьютера, пока вы снова не включите шифрование.&lt;/li&gt;&lt;/ul&gt;Уже созданные копии останутся на месте и по-прежнему будут зашифрованы. Их можно восстановить паролем или %1-значным ключом в любой момент.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>На этом компьютере нет связки ключей, поэтому пароль или ключ запрашивается при каждом копировании.</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>Этот пароль понадобится, чтобы восстановить чаты на новом компьютере. На этом компьютере нет связки ключей, поэтому пароль будет запрашиваться и при каждом копировании.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>Код восстановления, который вы записали или сохранили, не будет использован: backupgui сейчас его забудет, и сквозное шифрование не будет включено.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>Код восстановления, который вы записали или сохранили, не будет использован: backupgui сейчас его забудет, а ваша резервная копия останется защищённой, как сейчас.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>%1-значный ключ, который вы записали или сохранили, не будет использован: backupgui сейчас его забудет, и сквозное шифрование не будет включено. В следующий раз вы получите новый ключ.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>%1-значный ключ, который вы записали или сохранили, — это ключ самой резервной копии: он по-прежнему открывает ваши копии, поэтому храните его в надёжном месте или уничтожьте. Ваша резервная копия останется защищённой, как сейчас.</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>Выйти, не завершив?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Остаться</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>Журнал копирования</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>Прошлые копии</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>Копирование ещё не выполнялось.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>Последние запуски: %Ln, сначала новые.</numerusform>
            <numerusform>Последние запуски: %Ln, сначала новые.</numerusform>
            <numerusform>Последние запуски: %Ln, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать журнал: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Кто запустил</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Навёрстывание</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>Загружено %1</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Остановлено вами</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Сохранено в</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Диск</translation>
    </message>
    <message>
        <source>Google Drive: %1</source>
        <translation>Google Диск: %1</translation>
    </message>
    <message>
        <source>Stopped by you after %1 was sent</source>
        <translation>Остановлено вами (уже отправлено %1)</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (до остановки отправлено %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln предупреждение: %1</numerusform>
            <numerusform>%Ln предупреждения: %1</numerusform>
            <numerusform>%Ln предупреждений: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Импорт чатов</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>Выберите экспорт WhatsApp (.zip или .txt) или экспорт Telegram Desktop (его папку, result.json или его .zip).</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>Экспорт не выбран</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Файл или папка экспорта</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Чат:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Сообщения:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Медиа:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>Чаты в экспорте</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>Предупреждения и пропущенные строки</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>Импорт из резервной копии &amp;телефона…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Выберите экспорт</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>Экспорт чатов (*.zip *.txt *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>Выберите папку экспорта Telegram</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Чтение экспорта…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>Экспорт %1. Проверьте, что будет импортировано, и нажмите «Импортировать».</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Личный</translation>
    </message>
    <message>
        <source>Groups and one-to-one chats</source>
        <translation>Группы и личные чаты</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
            <numerusform>%1 и ещё %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>Найден %Ln файл</numerusform>
            <numerusform>Найдено %Ln файла</numerusform>
            <numerusform>Найдено %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln нет в экспорте (сообщение сохранено)</numerusform>
            <numerusform>%1, %Ln нет в экспорте (сообщения сохранены)</numerusform>
            <numerusform>%1, %Ln нет в экспорте (сообщения сохранены)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>Импорт завершён: %1 в %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln новое сообщение</numerusform>
            <numerusform>%Ln новых сообщения</numerusform>
            <numerusform>%Ln новых сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln чат</numerusform>
            <numerusform>%Ln чата</numerusform>
            <numerusform>%Ln чатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>Уже были в библиотеке: %Ln.</numerusform>
            <numerusform>Уже были в библиотеке: %Ln.</numerusform>
            <numerusform>Уже были в библиотеке: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>Добавлен %Ln медиафайл.</numerusform>
            <numerusform>Добавлено %Ln медиафайла.</numerusform>
            <numerusform>Добавлено %Ln медиафайлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>Пропущена %Ln строка (см. «Примечания»).</numerusform>
            <numerusform>Пропущено %Ln строки (см. «Примечания»).</numerusform>
            <numerusform>Пропущено %Ln строк (см. «Примечания»).</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Ничего не импортировано; библиотека не изменилась.</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Импорт отменён; библиотека не изменилась.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Удалённый аккаунт</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln сообщение отличается от копии в библиотеке (сохранены обе версии).</numerusform>
            <numerusform>%Ln сообщения отличаются от копии в библиотеке (сохранены обе версии).</numerusform>
            <numerusform>%Ln сообщений отличаются от копии в библиотеке (сохранены обе версии).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>Этот файл не является текстовым файлом с ключом резервной копии.</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Открыть файл ключа…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>Открыть файл ключа резервной копии</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Файлы ключей (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>&amp;Открыть файл ключа…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>Прочитать ключ из файла, сохранённого кнопкой «Сохранить в файл…»</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1-значный ключ</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>Скопировано. Вставьте ключ в надёжное место, затем очистите буфер обмена.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Сохранить код восстановления</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

Храните этот файл в надёжном месте без доступа к сети. Вместе с паролем он позволяет восстановить резервную копию на новом компьютере.
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>Сохранить ключ резервной копии</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

Храните этот файл в надёжном месте без доступа к сети. Любой, у кого он есть, может прочитать ваши резервные копии.
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>Сохранено. Перенесите файл с этого компьютера, например на USB-накопитель.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Ваш %1-значный ключ</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>Введите пароль или ключ</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>Резервная копия защищена сквозным шифрованием. Она разблокируется здесь, на этом компьютере.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Найденные резервные копии</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Набор резервных копий</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Пароль резервной копии</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Код восстановления хранилища ключей</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Код восстановления хранилища ключей</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>&amp;Адрес хранилища ключей</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Адрес хранилища ключей</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>Этот компьютер ещё не использовал это хранилище ключей</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>Адрес и идентификатор хранилища ключей</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>Продолжайте, только если это то хранилище ключей, которое вы выбрали при настройке этой резервной копии. Тот, кто может изменять место хранения копии, может указать в ней другой сервер, чтобы собрать подтверждение вашего аккаунта и израсходовать ваши попытки ввода пароля.</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>Это хранилище ключей, которое я выбрал для этой резервной копии</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>Подтвердить хранилище ключей</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>Копии с защитой: %1 (самая новая: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>Найдена %n резервная копия (самая новая: %1). Защита: %2.</numerusform>
            <numerusform>Найдены %n резервные копии (самая новая: %1). Защита: %2.</numerusform>
            <numerusform>Найдено %n резервных копий (самая новая: %1). Защита: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>Адрес: %1
Идентификатор (отпечаток ключа сервера): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>Проверка… (это специально занимает несколько секунд, чтобы затруднить подбор)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>%1-значный код, показанный при настройке хранилища ключей. На компьютере, который создал копию, не нужен.</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1-значный &amp;ключ</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>Меняйте его, только если хранилище ключей переехало на новый адрес. Это должно быть то же хранилище, с которым сделана эта резервная копия. Несколько адресов одного хранилища (его серверы) разделяются запятыми.</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Введите адрес хранилища ключей (http:// или https://) или несколько адресов одного хранилища через запятую: не больше %1, без повторов.</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>Адреса: %1
Идентификатор (отпечаток ключа сервера): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui — резервная копия чатов</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Библиотека: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>Чтение чатов…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>Логотип backupgui</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>Ваши чаты под надёжной защитой</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>На этом компьютере пока нет чатов. Импортируйте экспорт чата из WhatsApp или Telegram, восстановите чаты из резервной копии или посмотрите, как всё работает, на примерах.</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Импортировать чаты…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Восст&amp;ановить из резервной копии…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>Попробовать на &amp;примерах</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>Поиск чатов (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Поиск чатов</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Вы&amp;брать все</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>С&amp;нять выбор</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>Вк&amp;лючить видео</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>Включать видео в резервную копию</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>Отмеченные чаты попадают в резервную копию. Пробел отмечает текущий чат или снимает отметку; Enter открывает его.</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>Отметьте чаты для резервного копирования. Дважды щёлкните чат, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Вы ещё помните пароль резервной копии?&lt;/b&gt; Проверьте его сейчас, чтобы восстановить чаты на новом компьютере.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>&amp;Проверить сейчас</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Восст&amp;ановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Копирование</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать копию &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Отменить копирование</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>Сквозное &amp;шифрование…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>Проверить мой &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>Выключить ш&amp;ифрование…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>&amp;Найти чат</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>&amp;Открыть чат</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>Обновить &amp;список чатов</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Показать &amp;журнал</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>&amp;О программе backupgui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln чат</numerusform>
            <numerusform>%Ln чата</numerusform>
            <numerusform>%Ln чатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>Не удаётся прочитать ваши чаты</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>Создание примеров чатов…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>Не удаётся создать примеры чатов</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>Копирование завершено: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>Копирование отменено. Предыдущая копия не изменилась.</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Резервное копирование завершено с предупреждениями</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>Резервная копия сохранена, %Ln предупреждение:</numerusform>
            <numerusform>Резервная копия сохранена, %Ln предупреждения:</numerusform>
            <numerusform>Резервная копия сохранена, %Ln предупреждений:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>Импорт экспортированных чатов скоро появится.</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>О программе backupgui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;Резервные копии ваших чатов со сквозным шифрованием на Google Диске или в папке.&lt;/p&gt;&lt;p&gt;Ваш пароль и ключ никогда не покидают этот компьютер.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>Идёт резервное копирование</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>Остановить копирование и выйти?</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>Копирование безопасно остановится, а предыдущая копия останется как была. Уже загруженные части останутся в месте хранения, и следующая копия не будет отправлять их снова.</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>Идёт восстановление</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>Остановить восстановление и выйти?</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>Восстановление безопасно остановится; на этом компьютере ничего не изменится.</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>&amp;Остановить и выйти</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>&amp;Продолжить восстановление</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>&amp;Остановить и выйти</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>&amp;Продолжить копирование</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>Резервное копирование безопасно остановится. В этом месте ещё нет полной копии; уже загруженные части остаются там, и следующее копирование не будет отправлять их снова.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Вы ещё помните свой %1-значный ключ?&lt;/b&gt; Проверьте его сейчас, чтобы восстановить чаты на новом компьютере.</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>Копирование отменено. Полной копии здесь пока нет.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>Параметр в backupgui.ini был недопустимым и сброшен к значению по умолчанию: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>Некоторые параметры в backupgui.ini были недопустимыми и сброшены к значениям по умолчанию: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>Понятно</translation>
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
        <translation>Вы</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>Медиафайла нет на этом компьютере</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>Фото нет на этом компьютере</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>Видео нет на этом компьютере</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>Голосового сообщения нет на этом компьютере</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>Аудио нет на этом компьютере</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>Стикера нет на этом компьютере</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>Документа нет на этом компьютере</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>Медиафайл не включён в экспорт</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>Фото не включено в экспорт</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>Видео не включено в экспорт</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>Голосовое сообщение не включено в экспорт</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>Аудио не включено в экспорт</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>Стикер не включён в экспорт</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>Документ не включён в экспорт</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Удалённый аккаунт</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>Кто-то</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>Неизвестный участник</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>Сообщения и звонки защищены сквозным шифрованием. Никто за пределами этого чата, даже WhatsApp, не может их прочитать или прослушать.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Это сообщение удалено</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>Вы удалили это сообщение</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Пропущенный голосовой звонок</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Пропущенный видеозвонок</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>Пропущенный групповой голосовой звонок</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>Пропущенный групповой видеозвонок</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>Вас добавили</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>Вас удалили</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>Теперь вы администратор</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>Вы присоединились к группе по ссылке-приглашению</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>Ваш код безопасности изменился</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>Ваш код безопасности с %1 изменился</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>%1 изменил(а) название группы на «%2»</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>Вы изменили название группы на «%2»</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>%1 изменил(а) название группы</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>Вы изменили название группы</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 изменил(а) изображение группы</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>Вы изменили изображение группы</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>%1 изменил(а) описание группы</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>Вы изменили описание группы</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>%1 сменил(а) номер телефона на %2</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>%1 сменил(а) номер телефона</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>%1 создал(а) группу «%2»</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>Вы создали группу «%2»</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>%1 создал(а) эту группу</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>Вы создали эту группу</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>Вы присоединились</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Вы покинули группу</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>%1 добавил(а) вас</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>%1 удалил(а) вас</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 добавил(а) участника</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>Вы добавили участника</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 удалил(а) участника</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>Вы удалили участника</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 добавил(а) %2</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>Вы добавили %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 удалил(а) %2</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>Вы удалили %2</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>%1 отреагировал(а) %2 на «%3»</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>Вы отреагировали %2 на «%3»</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>%1 отреагировал(а) %2</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>Вы отреагировали %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (ещё %Ln символ здесь не показан)</numerusform>
            <numerusform>%1
… (ещё %Ln символа здесь не показаны)</numerusform>
            <numerusform>%1
… (ещё %Ln символов здесь не показаны)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 удалил(а) изображение группы</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>Вы удалили изображение группы</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>%1 присоединился(-ась) к группе по ссылке-приглашению</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>%1 присоединился(-ась)</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>%1 добавлен(а)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>%1 покинул(а) группу</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>%1 теперь администратор</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>%1 добавлены</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>%1 добавлены</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>%1 присоединились</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>%1 присоединились</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>%1 покинули группу</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>%1 покинули группу</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>%1 присоединились к группе по ссылке-приглашению</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>%1 присоединились к группе по ссылке-приглашению</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>%1 теперь администраторы</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>%1 теперь администраторы</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Голосовой звонок, без ответа</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Видеозвонок, без ответа</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Групповой голосовой звонок, без ответа</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Групповой видеозвонок, без ответа</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Голосовой звонок, %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Видеозвонок, %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Групповой голосовой звонок, %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Групповой видеозвонок, %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>Ответ на сообщение, которого нет в этом чате</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>Ответ на сообщение от %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>Ещё %Ln версия.</numerusform>
            <numerusform>Ещё %Ln версии.</numerusform>
            <numerusform>Ещё %Ln версий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Изменено: у этого сообщения две версии</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>У этого сообщения две версии</translation>
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
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Введите ещё раз</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Подтверждение пароля</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>По&amp;дтвердите пароль</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Не из распространённых паролей</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Оба значения совпадают</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабый</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабый</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Не менее %1 символов</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Скрыть пароль</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>Показать или скрыть пароль (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Копировать путь</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>Импорт из резервной копии телефона</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>Импортируйте всю историю WhatsApp из резервной копии самого телефона: msgstore.db.crypt15 с телефона Android (WhatsApp/Databases) или папку резервной копии iPhone, созданную в Finder или iTunes. В docs/IMPORT.md объясняется, где их найти и где взять ключ.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Резервная копия не выбрана</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>Файл или папка резервной копии телефона</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>Папка &amp;резервной копии iPhone…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Резервная копия:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>Файл к&amp;люча…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key или файл с именем «key» от копии .crypt14/.crypt12</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>Пароль резервной копии iPhone</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>&amp;Пароль копии:</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>Необязательно: папка Media из WhatsApp с телефона</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Папка медиафайлов</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Медиа:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>Необязательно: wa.db, для имён контактов</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Файл контактов</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>&amp;Открыть копию</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Чаты в резервной копии</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>Выберите резервную копию WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>Резервные копии WhatsApp (*.crypt15 *.crypt14 *.crypt12 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>Выберите папку резервной копии iPhone</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Выберите файл ключа</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>Файл ключа: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>Выберите папку Media из WhatsApp</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>Выберите wa.db</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>База контактов (wa.db*);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>Просмотр резервной копии…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>Поиск медиафайлов…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>Резервная копия iPhone. Нажмите «Открыть копию», чтобы прочитать её.</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>Зашифрованная копия iPhone: введите её пароль и нажмите «Открыть копию».</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>Копия Android: введите её ключ и нажмите «Открыть копию».</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>База сообщений Android. Нажмите «Открыть копию».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Открытие резервной копии…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>Проверьте, что будет импортировано, и нажмите «Импортировать».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln чат</numerusform>
            <numerusform>%Ln чата</numerusform>
            <numerusform>%Ln чатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln сообщение</numerusform>
            <numerusform>%Ln сообщения</numerusform>
            <numerusform>%Ln сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>Найден %Ln медиафайл</numerusform>
            <numerusform>Найдено %Ln медиафайла</numerusform>
            <numerusform>Найдено %Ln медиафайлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>Нет на этом компьютере: %Ln (сообщения сохранены)</numerusform>
            <numerusform>Нет на этом компьютере: %Ln (сообщения сохранены)</numerusform>
            <numerusform>Нет на этом компьютере: %Ln (сообщения сохранены)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>Импортировано новых сообщений: %Ln.</numerusform>
            <numerusform>Импортировано новых сообщений: %Ln.</numerusform>
            <numerusform>Импортировано новых сообщений: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>Уже были в библиотеке: %Ln.</numerusform>
            <numerusform>Уже были в библиотеке: %Ln.</numerusform>
            <numerusform>Уже были в библиотеке: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>Добавлен %Ln медиафайл.</numerusform>
            <numerusform>Добавлено %Ln медиафайла.</numerusform>
            <numerusform>Добавлено %Ln медиафайлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>Файлов нет на этом компьютере: %Ln.</numerusform>
            <numerusform>Файлов нет на этом компьютере: %Ln.</numerusform>
            <numerusform>Файлов нет на этом компьютере: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Личный</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Импорт отменён; библиотека не изменилась.</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Расшифровка резервной копии…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>Импорт сообщений…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>Разблокировка резервной копии iPhone…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Ничего не импортировано; библиотека не изменилась.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
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
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The key WhatsApp showed when you turned on end-to-end encrypted backup (%1 groups of %2).</source>
        <translation>Ключ, который WhatsApp показал, когда вы включили резервное копирование со сквозным шифрованием (%1 групп по %2).</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>%1-значный &amp;ключ:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln сообщение отличается от копии в библиотеке (сохранены обе версии).</numerusform>
            <numerusform>%Ln сообщения отличаются от копии в библиотеке (сохранены обе версии).</numerusform>
            <numerusform>%Ln сообщений отличаются от копии в библиотеке (сохранены обе версии).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>Восстановление чатов</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>Вы можете продолжать пользоваться компьютером. Если отменить, на этом компьютере ничего не изменится.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>Восстановление не завершено</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>На этом компьютере ничего не изменилось.</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Восстановление отменено</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>Недостаточно свободного места на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>Недостаточно свободного места</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>Ничего не скачано, и на этом компьютере ничего не изменилось.</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>Для этого восстановления нужно около %1 на диске с библиотекой чатов (%3); там свободно %2.</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>Освободите место на этом диске и нажмите «Повторить» или вернитесь и выберите меньше чатов. Чтобы восстановить чаты в библиотеку на другом диске, запустите backupgui с --library и папкой на том диске.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Ход восстановления</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>Ход копирования</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>Обработано байтов, скорость и оставшееся время</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%1 из %Ln чата</numerusform>
            <numerusform>%1 из %Ln чатов</numerusform>
            <numerusform>%1 из %Ln чатов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1 · пауза</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Работа…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>П&amp;родолжить</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>Приостановлено — ничего не читается и не отправляется.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>Безопасная остановка; предыдущая копия останется прежней.</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>Безопасная остановка; уже загруженное сохранится для следующего копирования.</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>Google Диск сейчас не работает. Новая попытка (%1 из %2)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>Google Диск недоступен: проверьте подключение к интернету. Новая попытка (%1 из %2)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>Безопасная остановка; чаты на этом компьютере останутся прежними.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
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
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>Восстановление чатов из резервной копии</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>На&amp;йти копии</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>История за год (рекомендуется)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>Нет: только самые новые копии</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свои правила</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>Хранимые старые копии</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>Ста&amp;рые копии:</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>По одной в &amp;день, за последние:</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>По одной в &amp;неделю, за последние:</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>По одной в &amp;месяц, за последние:</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>По одной в &amp;год, за последние:</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>К чему можно вернуться</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> неделю</numerusform>
            <numerusform> недели</numerusform>
            <numerusform> недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> месяц</numerusform>
            <numerusform> месяца</numerusform>
            <numerusform> месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> год</numerusform>
            <numerusform> года</numerusform>
            <numerusform> лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>Копии разделяют то, что не изменилось, поэтому более длинная история занимает ненамного больше места.</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln недели</numerusform>
            <numerusform>%Ln недель</numerusform>
            <numerusform>%Ln недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln месяца</numerusform>
            <numerusform>%Ln месяцев</numerusform>
            <numerusform>%Ln месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln года</numerusform>
            <numerusform>%Ln лет</numerusform>
            <numerusform>%Ln лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>Можно вернуться к любому из последних %1, а также к %Ln самой новой копии.</numerusform>
            <numerusform>Можно вернуться к любому из последних %1, а также к каждой из %Ln самых новых копий.</numerusform>
            <numerusform>Можно вернуться к любому из последних %1, а также к каждой из %Ln самых новых копий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>Можно вернуться только к %Ln самой новой копии: случайно удалённого чата не будет ни в одной из них после ещё %Ln копии.</numerusform>
            <numerusform>Можно вернуться только к %Ln самым новым копиям: случайно удалённого чата не будет ни в одной из них после ещё %Ln копий.</numerusform>
            <numerusform>Можно вернуться только к %Ln самым новым копиям: случайно удалённого чата не будет ни в одной из них после ещё %Ln копий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>Удалить старый ключ…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>Удалить старый ключ</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>Удалить старый ключ в хранилище ключей</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>Хранилище ключей %1 всё ещё хранит ключ резервной копии, которую заменили (новым ключом или сменой защиты). Тот, кто сохранил копию этой старой резервной копии, мог бы открыть её там старым паролем. Введите старый пароль, чтобы удалить этот ключ; он не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>&amp;Старый пароль</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>Старый пароль</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Код восстановления хранилища ключей</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Код восстановления хранилища ключей</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>&amp;Удалить старый ключ</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>Старый ключ удаляется в хранилище ключей…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>Хранилище ключей уже не хранило старый ключ: удалять больше нечего.</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>Старый ключ удалён в хранилище ключей. Сохранённую копию старой резервной копии там больше не открыть.</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>Этот компьютер не может пользоваться хранилищем ключей сам. Введите код восстановления, сохранённый при настройке хранилища, вместе со старым паролем.</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>Старый ключ остаётся в списке здесь: попробуйте позже.</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>Не удалось удалить старый ключ</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>Остановлено. Старый ключ всё ещё в хранилище ключей; можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: выполнено</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: не выполнено</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Расписание копирования</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Не удалось сохранить расписание: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Автоматическое копирование</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>&amp;Автоматическое копирование:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время суток</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>&amp;День недели:</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>В коротких месяцах копирование выполняется в последний день.</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>&amp;Число месяца:</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>Копировать и при &amp;лимитных подключениях (мобильный интернет, точки доступа)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Любой уровень</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>При работе от батареи ждать подключения зарядки, если заряд ниже этого уровня.</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>От батареи — только &amp;выше:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>&amp;Уведомлять об успешном копировании (об ошибках — всегда)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>&amp;Запускать backupgui при входе в систему (в области уведомлений)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>Автоматическое копирование работает, пока backupgui находится в области уведомлений. Пропущенные копии создаются вскоре после выхода компьютера из спящего режима.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>На этом рабочем столе нет области уведомлений, поэтому автоматическое копирование работает, только пока открыто окно backupgui. Пропущенная копия создаётся вскоре после его открытия.</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>&amp;Запускать backupgui при входе в систему</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>Выключено (только когда я нажимаю «Создать копию»)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>завтра в %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>вчера в %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>подключение лимитное (копирование через лимитные подключения выключено)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>заряд батареи %1%, ниже %2%</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>нет подключения к интернету</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>выполняется другое копирование</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Копирование уже выполняется</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Дождитесь его окончания или сначала отмените его.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Идёт копирование…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Автоматическое копирование выключено</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>Следующая копия: ожидание, так как %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>Следующая копия: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Копирование пропущено</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>Автоматическое копирование не выполнено, так как %1. Оно выполнится в следующее запланированное время; можно также выбрать «Создать копию сейчас».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln чат, %1, за %2.</numerusform>
            <numerusform>%Ln чата, %1, за %2.</numerusform>
            <numerusform>%Ln чатов, %1, за %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>Ваши чаты сохранены.</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Копирование завершено</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>Непредвиденная ошибка остановила копирование (%1). Подробности в журнале.</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>Для копирования нужен ваш пароль</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>backupgui повторит попытку %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Ошибка копирования</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Откройте backupgui и нажмите «Создать копию», чтобы ввести пароль или %1-значный ключ.</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>Старый ключ всё ещё в хранилище ключей</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>Нажмите здесь, чтобы удалить его старым паролем.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (и ещё %Ln предупреждение)</numerusform>
            <numerusform>%1 (и ещё %Ln предупреждения)</numerusform>
            <numerusform>%1 (и ещё %Ln предупреждений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Резервное копирование завершено с предупреждениями</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>набор резервных копий использует другой компьютер (%1)</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>в наборе резервных копий больше объектов блокировки, чем создают компьютеры при резервном копировании</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>Набор резервных копий использует другой компьютер</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Куда сохранять копии</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Диск</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>Например, USB-накопитель или синхронизируемая папка</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для копий</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>Копии сохраняются в скрытую папку приложения на вашем Диске, которую видит только backupgui.</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Диск (скоро)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Копирование</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Имя этого компьютера</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>Вк&amp;лючить видео</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Сколько копий хранить</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>&amp;Имя этого компьютера:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Хр&amp;анить последние:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Адрес хранилища ключей</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Уровень журнала</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>&amp;Уровень журнала:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>backupgui покажет новый язык после перезапуска.</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> копию</numerusform>
            <numerusform> копии</numerusform>
            <numerusform> копий</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выберите папку для копий</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>Выберите папку для резервных копий.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>Сначала войдите в Google Диск или выберите папку.</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>Не удаётся проверить папку</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 — это файл, а не папка. Выберите папку для резервных копий.</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>Диск для копий не подключён: подключите диск, на котором находится %1, или выберите другую папку.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>Введите полный путь к папке (например, /home/you/Backups) или нажмите «Обзор».</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 не существует, как и папка, в которой она должна находиться. Выберите существующую папку или подключите диск, на котором она находится.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Создать папку?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>Папки %1 пока нет.</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>Создать её в %1?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>&amp;Создать папку</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Не удаётся создать папку</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>&amp;Хранилище ключей:</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>backupgui не может записывать в %1 (диск доступен только для чтения или папка вам не принадлежит). Выберите другую папку.</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>Эта копия backupgui не может сама войти в Google Диск: используйте собственный клиент Google Cloud или эмулятор Диска (выше) либо выберите папку.</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>Настройки и журналы сохраняются здесь. Пароли и ключи — никогда.</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Файл настроек:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>Папка журналов:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>Вход в Google Диск</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Завершите вход в браузере</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>В браузере открыта страница входа Google. Войдите там, выберите «Разрешить» и вернитесь сюда.</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Если окно браузера не открылось, скопируйте эту ссылку в браузер:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>Подготовка ссылки для входа…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Ссылка для входа</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Открыть браузер снова</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Состояние входа</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>Не удалось открыть браузер: скопируйте ссылку в браузер.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>Ожидание завершения входа… (осталось %1)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>Не удалось войти в Google</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>Вход не завершён</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Ссылка скопирована. Вставьте её в адресную строку браузера.</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>В браузере открыта страница входа эмулятора Диска. Выберите там «Разрешить» и вернитесь сюда.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Надёжность пароля</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>Ваши чаты вернулись</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>Откройте чат и убедитесь, что всё на месте.</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>&amp;Продолжать копирование с этого компьютера в это место</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>Запоминает место хранения и сохраняет ключ резервной копии в связке ключей этого компьютера</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>&amp;Открыть восстановленный чат</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>Восстановлен &lt;b&gt;%Ln чат&lt;/b&gt; за %1.</numerusform>
            <numerusform>Восстановлено &lt;b&gt;%Ln чата&lt;/b&gt; за %1.</numerusform>
            <numerusform>Восстановлено &lt;b&gt;%Ln чатов&lt;/b&gt; за %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>Сообщения: добавлено %1, уже были здесь %2.</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>Медиафайлы: восстановлено %1, уже были здесь %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>Медиафайлов не было в резервной копии: %Ln (например, пропущенные видео).</numerusform>
            <numerusform>Медиафайлов не было в резервной копии: %Ln (например, пропущенные видео).</numerusform>
            <numerusform>Медиафайлов не было в резервной копии: %Ln (например, пропущенные видео).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>Вы всё ещё вошли в Google Диск как %1 на этом компьютере. Если это не ваш компьютер, забудьте аккаунт, прежде чем уйти.</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Диск: аккаунт %1 забыт на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <comment>a restored chat&apos;s name</comment>
        <translation>&amp;Открыть чат %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать копию &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Отменить копирование</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>Следующая копия: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Расписание копирования…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Журнал копирования…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Показать окно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Идёт копирование…</translation>
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
        <translation>Где ваши резервные копии?</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>Выберите папку или учётную запись Google Диска, куда вы сохраняли копии.</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>&amp;Папка (USB-накопитель, сетевая папка, …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Диск</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>Папка с вашими резервными копиями</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для копий</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Диск (скоро)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выберите папку для копий</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Поиск резервных копий…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Не выбрано ни одного чата для резервного копирования.</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>Отметьте чаты для копирования или нажмите «Выбрать все».</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>Измените его в «Настройках».</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>Запись этой копии в хранилище ключей можно сделать надёжнее.</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>Здесь хранится другая резервная копия, не та, в которую сохраняет этот компьютер.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>Ключ резервной копии не сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>Число хранимых копий должно быть не меньше %1.</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>Это первая резервная копия в этом месте. Выберите пароль или %1-значный ключ, который будет её здесь защищать.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 принадлежит другому пользователю; удалите его и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>%1 изменился во время чтения.</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>%1 содержит представления или триггеры, которые пытаются что-то выполнить; он отклонён.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>В %1 нет имён контактов (wa_contacts).</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>%1 содержит базу данных больше %2 ГиБ; она отклонена.</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>%1 содержит значение больше %2 МиБ; он отклонён.</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>В %1 нет текстового файла чата (.txt); это не экспорт WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>В %1 нет result.json; это не экспорт Telegram Desktop (при экспорте выберите формат JSON).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 — папка, но не резервная копия iPhone (в ней нет Manifest.db).</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 — неполный ZIP-файл: его конец отсутствует.</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 обрезан (заканчивается внутри заголовка).</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 повреждён: ключ верный, но файл не проходит проверку подлинности.</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 пуст; в нём нет сообщений.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 не является ни файлом резервной копии WhatsApp (.crypt15, .crypt14, .crypt12), ни папкой резервной копии iPhone.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 не является ни экспортом WhatsApp (нет .txt-файла чата), ни экспортом Telegram (нет result.json).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1 — не база контактов WhatsApp (wa.db или ContactsV2.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1 — не база контактов WhatsApp (wa.db).</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 не является экспортом Telegram: %2 (строка %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 не является экспортом чата WhatsApp: строка %2 не начинается с даты и времени (%3).</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 — не папка; удалите его и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 — не веб-адрес (http:// или https://).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 — не база данных SQLite.</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 — не папка резервной копии iPhone.</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 защищён паролем; экспортируйте чат заново без пароля.</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 слишком велик для файла ключа WhatsApp.</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>%1 открывается этим ключом, но не содержит базы сообщений (так WhatsApp сохраняет и медиафайлы, и настройки).</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>%1 открывается этим ключом, но его содержимое повреждено или обрезано.</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>Файл больше, чем допускает этот диск или аккаунт. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>Здесь нужен файл ключа, а не сам ключ; запишите ключ в файл или используйте BACKUPGUI_WHATSAPP_KEY.</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>Чтобы защитить резервную копию хранилищем ключей, нужен адрес хранилища ключей.</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>Не удаётся создать личную рабочую папку в %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>Не удаётся подготовить папку %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Не удаётся прочитать файл ключа %1: %2.</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>Проверьте пароль или ключ и повторите попытку.</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>Выберите место хранения: папку или Google Диск.</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>Выберите уровень журнала.</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>Выберите msgstore.db.crypt15 (или .crypt14 / .crypt12) из папки WhatsApp/Databases телефона или папку резервной копии iPhone, созданную в Finder или iTunes.</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>Выберите .txt или .zip из «Экспорта чата» WhatsApp или result.json из Telegram Desktop.</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>Закройте другое окно или команду backupgui и повторите попытку.</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>Скопируйте файл с телефона ещё раз; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>Создайте OAuth-клиент типа «Приложение для ПК» (а не «Веб-приложение»).</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>Создание нового ключа</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>Шифрование и загрузка</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>Освободите место на диске и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>Задайте имя этого компьютера.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>Google Диск недоступен.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>Google Диск не принял сохранённый вход (срок действия истёк или доступ отозван).</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>Google не принял сохранённый вход (срок истёк или доступ отозван).</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>Google не предоставил backupgui постоянный доступ к Google Диску.</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>Установите или разблокируйте хранилище паролей (GNOME Keyring, KWallet, Связка ключей macOS, Диспетчер учётных данных Windows) или войдите только на этот сеанс.</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>Недопустимое имя объекта: %1.</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>Это пароль, выбранный в Finder или iTunes для «Шифровать локальную копию», а не код-пароль телефона и не пароль Apple ID.</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>Manifest.plist слишком велик для резервной копии iPhone.</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>Не удалось открыть браузер для входа в Google.</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>Вход в Google Диск не выполнен.</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>Упаковка сообщений</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>Чтение индекса резервной копии</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>Чтение экспорта неожиданно прервалось (обработчик завершился с кодом %1).</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>Отзовите доступ backupgui в настройках аккаунта Google и войдите снова.</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Удаление старых копий</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>Восстановление медиафайлов</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>Восстановление сообщений</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>Сохранение ключа на этом компьютере</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>Сначала войдите в приложении или задайте BACKUPGUI_DRIVE_TOKEN.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>Войдите в Google Диск снова.</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>Некоторые добавляемые строки %1 ссылаются на несуществующие строки.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>Файл OAuth-клиента Google %1 не существует.</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>Ключ WhatsApp содержит только цифры 0-9 и буквы a-f; в указанном тексте есть другие символы.</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>Проверьте место хранения копий и повторите попытку.</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>Проверьте диск (возможно, он отключён или неисправен) и повторите попытку.</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>Проверьте путь или подключите диск, на котором он находится.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Выберите папку для резервных копий.</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>Выберите папку, владельцем которой вы являетесь, или измените права доступа к ней.</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>Подключите диск, на котором находится %1, или выберите другую папку, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>Скачайте JSON клиента типа «Приложение для ПК» из консоли Google Cloud (см. docs/DRIVE.md) и выберите его снова.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>Введите пароль резервной копии.</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>Освободите место в месте хранения копий или выберите другое, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>Google Диск не принял токен доступа из %1 (он неверный или истёк).</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>Возможно, его загрузка или копирование не завершились. Экспортируйте или скопируйте чат снова, затем импортируйте новый файл.</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>Его адреса должны использовать https (или http на этом компьютере).</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>По пути %1 нет папки резервных копий.</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>Удаление старого набора копий</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>Задайте в %1 действительный токен доступа или удалите переменную, чтобы использовать вход, сохранённый приложением.</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>Войдите снова и выберите «Разрешить», чтобы сохранять копии в Google Диск.</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>Войдите через приложение — оно покажет ссылку для копирования.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>У OAuth-клиента Google в %1 небезопасный параметр %2.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>OAuth-клиент Google в %1 предназначен не для приложения для ПК.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>В OAuth-клиенте Google в %1 нет параметра %2.</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>Вход через Google не завершился за %1.</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>Вход через Google отменён.</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>Диск для копий не подключён.</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>В резервной копии нет чата с идентификатором %1.</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>Резервная копия дважды содержит сообщения одного чата за %1.</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>Манифест резервной копии %1 сюда не относится.</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>Возможно, резервную копию изменили или частично удалили. Сохраните её и создайте новую копию.</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>Объект резервной копии %1 не существует.</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>Объект резервной копии %1 отсутствует.</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>Manifest.plist резервной копии повреждён.</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>Запись хранилища ключей в резервной копии повреждена.</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>Запись пароля в резервной копии повреждена.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>Резервная копия повреждена: %1.</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>В %1 даты записаны без года, и ничто в нём не указывает, к какому году они относятся.</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: не удалось прочитать ни одного сообщения (строка %2: %3).</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>Чаты, объединённые с чатами, импортированными из экспорта: %1.</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>Даты без года прочитаны как относящиеся к %1 году или позже — году после последнего, указанного в экспорте; проверьте их.</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>Импортируйте .zip в том виде, в каком его создал WhatsApp (его дата указывает год), а не извлечённый из него .txt.</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>Манифест резервной копии %1 ссылается для медиафайла на блоб другого файла.</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>В чате %1 нет сохранённых сообщений за %2.</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>Библиотека чатов используется другой программой.</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>Чат объединён с тем же чатом, импортированным из резервной копии телефона.</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>Компьютер работает от батареи с зарядом %1%, это ниже %2%.</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>Подключение лимитное (например, мобильная точка доступа), а копирование через лимитные подключения выключено.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>В датах первым может идти как день, так и месяц; они прочитаны как день/месяц/год.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>В датах первым может идти как день, так и месяц; они прочитаны как месяц/день/год.</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>Во время восстановления диск заполнился. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>Диск заполнился во время расшифровки резервной копии телефона.</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>Диск подключён только для чтения или защищён от записи: снимите защиту или выберите другую папку.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>Задание отменено.</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>Ключ не открывает эту резервную копию (сам файл цел: контрольная сумма верна).</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>Ключ не открывает эту резервную копию, или файл повреждён (контрольная сумма тоже не совпадает).</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>Ключ, полученный из хранилища, не расшифровывает данные; возможно, он повреждён.</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>Адрес хранилища ключей — не URL http(s).</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>В хранилище ключей уже есть ключ с этим идентификатором.</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>Хранилище ключей ответило с другим ключом сервера; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>Хранилище ключей по адресу %1 недоступно.</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>Хранилище ключей по адресу %1 отклонило запрос (HTTP %2).</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>Хранилище ключей не разрешило привязку к учётной записи.</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>Хранилище ключей не разрешило смену пароля.</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>Хранилище ключей не подтвердило удаление.</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>Хранилище ключей не принимает аккаунты Google; выберите копирование в папку или другое хранилище.</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>Хранилище ключей не подтвердило свою подлинность; ничего не выдано.</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>Хранилище ключей обнаружило, что его сохранённая запись изменена или повреждена.</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>Хранилище ключей ограничивает запросы; повторите попытку через %1 с.</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>Хранилищу ключей нужно подтверждение аккаунта этой копии, чтобы вести счётчик копий.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>Запись этой резервной копии в хранилище ключей уже привязана к учётной записи.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>Запись этой резервной копии в хранилище ключей привязана к учётной записи другого типа, чем указано в её настройках.</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>Хранилище ключей отклонило этот аккаунт Google: ключ резервной копии привязан к другому. Войдите в Google Диск с аккаунтом, который создал копию.</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>Хранилище ключей отклонило учётные данные этого компьютера и код восстановления. Проверьте код восстановления.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>Хранилище ключей прислало недействительную запись последовательности копий.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>Хранилище ключей прислало неверный ответ на регистрацию.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>Хранилище ключей прислало неверный ответ (нет %1).</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>Хранилище ключей прислало неверный ответ (%1).</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>Запись последовательности копий в хранилище ключей относится к другому набору копий.</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>Запись последовательности копий в хранилище ключей не подписана ключом этой копии.</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>Ключ сервера хранилища ключей не тот, что ожидался; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>В библиотеке нет чата с идентификатором %1.</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>Пароль не открывает эту копию iPhone (её список файлов не расшифровывается).</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>Пароль не открывает эту копию iPhone.</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>Пароль не подходит к этой резервной копии.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Пароль должен содержать не менее %1 символов.</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>Сохранённый вход Google относится к другому OAuth-клиенту.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>Настройки хранилища ключей этой резервной копии повреждены.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>Настройки хранилища ключей этой резервной копии неполны или повреждены.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Резервной копии %1 нет.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>По адресу %1 нет резервной копии.</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>По адресу %2 нет набора резервных копий %1.</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>В %1 нет библиотеки чатов.</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>Нет чата с идентификатором %1.</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>Нет подключения к интернету.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>Эта резервная копия защищена паролем, который хранится в хранилище ключей.</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>В этой резервной копии указано хранилище ключей, которое этот компьютер ещё не использовал: %1 (идентификатор %2). Ему ничего не отправлено. Продолжайте, только если это то хранилище ключей, которое вы выбрали при настройке этой копии: тот, кто может изменять место хранения копии, может указать в ней свой собственный сервер.</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>Эта библиотека чатов создана более новой версией backupgui.</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>В этой копии backupgui нет встроенного входа через Google.</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>В этой базе больше %1 чатов; она отклонена.</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>В этой базе слишком много чатов; она отклонена.</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>Эта база — не база сообщений WhatsApp (msgstore.db): в ней нет таблицы сообщений.</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>В этой зашифрованной копии iPhone нет пригодных ключей (Manifest.plist).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>Этот файл — не резервная копия WhatsApp (его заголовок не читается).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>Этот файл — не резервная копия WhatsApp (заголовок не найден).</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>Этот файл слишком короткий для резервной копии WhatsApp.</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>Manifest.db в этой папке — не от резервной копии iPhone.</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>В этой копии iPhone нет сообщений WhatsApp (нет ChatStorage.sqlite в домене WhatsApp).</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>Эта копия iPhone зашифрована: нужен её пароль.</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>Это слишком длинно для ключа резервной копии или файла ключа.</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>Это не база WhatsApp для iPhone (ChatStorage.sqlite).</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>Этот файл ключа относится к другой резервной копии (его серверная соль отличается от той, с которой создана эта копия).</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>Этот файл ключа повреждён (не проходит внутреннюю проверку).</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>Этот файл ключа повреждён или создан не WhatsApp.</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>Этот файл ключа — версии, которую backupgui не знает.</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>Это хранилище ключей не принимает аккаунты Google, которыми копии на Google Диске защищают попытки ввода пароля.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>Это хранилище ключей устарело: оно не может привязать ключ резервной копии к учётной записи, поэтому любой, у кого есть копия, мог бы израсходовать попытки ввода пароля. Обновите хранилище.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Этот пароль слишком распространён; выберите тот, который труднее угадать.</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>Чтобы продолжить, подтвердите хранилище или снова выполните команду с --trust-vault (или укажите адрес хранилища с помощью --vault URL).</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>Чтобы всё равно восстановить более старую копию, подтвердите это в окне восстановления или укажите её через --backup и добавьте --accept-rollback.</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>Повторите попытку. Если окно браузера не открылось, скопируйте ссылку для входа в браузер.</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>Попробуйте войти снова.</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>Введите его так, как он был показан при настройке хранилища ключей; пробелы и дефисы не учитываются.</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>Неизвестный формат экспорта %1; используйте &apos;whatsapp&apos; или &apos;telegram&apos;.</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>Разблокировка резервной копии</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>Разблокировка резервной копии iPhone</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>Используйте собственный клиент Google Cloud: «Настройки» → Google Диск → «Использовать свой клиент Google Cloud…» (шаги — в docs/DRIVE.md), или попробуйте эмулятор Диска.</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>Вы не разрешили backupgui использовать Google Диск.</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>Медиафайл в библиотеке повреждён и пропущен (%1).</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>В библиотеке нет медиафайла (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>Набор резервных копий %1 не открывается этим ключом или паролем; он пропущен.</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Старые резервные копии на этот раз не удалось удалить (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Хранилище ключей не смогло записать эту копию как самую новую, поэтому при восстановлении на другом компьютере нельзя будет понять, не было ли хранилище копий откачено назад (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>Запись этой резервной копии в хранилище ключей создана до привязки к аккаунту: любой, у кого есть копия, может израсходовать её попытки ввода пароля. Выполните одно копирование с паролем (backupgui-cli backup), чтобы привязать её к вашему аккаунту (docs/VAULT.md 1.6).</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>чат, идентификатор которого не является идентификатором WhatsApp</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>сообщение, которое не является объектом JSON</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>вложение %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>чаты, которых нет в списке чатов базы данных</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>неверная дата или время (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>строки %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>сообщение %1 (строка %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>сообщения тех видов, которые backupgui не может показать (звонки, опросы, платежи…)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>сообщения без правильной даты</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>нет читаемой даты</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>недопустимый текст UTF-8</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>обновления статуса (это не чат)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>системные уведомления того вида, который backupgui не показывает</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>текст перед первым сообщением</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>остаток файла не удалось прочитать (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>неизвестное обозначение AM/PM во времени</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>неизвестный тип сообщения %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>Эта резервная копия создана более новой версией backupgui (её сообщения в формате версии %1), которую эта версия прочитать не может.</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>Обновите backupgui до последней версии и попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 не является экспортом чата WhatsApp: строка %2 содержит двоичные данные.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 не является экспортом чата WhatsApp: строка %2 не является текстом UTF-8.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>Эта резервная копия создана более новой версией backupgui (её пакет %1 в формате версии %2), которую эта версия прочитать не может.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>Хранилище ключей отклонило учётные данные этого компьютера и код восстановления. Если хранилище ключей для этой резервной копии настраивала более старая версия backupgui, сначала нужно обновить хранилище: эта версия никогда не отправляет ни учётные данные, ни код.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>Это хранилище ключей устарело: оно не может проверить учётные данные этого компьютера или код восстановления, не получив их, а это приложение никогда их не отправляет. Ничего не отправлено. Обновите хранилище ключей.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>Эта резервная копия создана более новой версией backupgui (её индекс %1 в формате версии %2), которую эта версия прочитать не может.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>Эта резервная копия создана более новой версией backupgui (её снимок %1 в формате версии %2), которую эта версия прочитать не может.</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>пакет %1 не указан ни в одном индексе и создан более новой версией backupgui (формат версии %2): обновите backupgui перед следующим резервным копированием</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>Папка копий исчезла.</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>Папка копий заполнена.</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>Папка копий доступна только для чтения.</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>backupgui создаёт только саму папку копий и никогда не создаёт папки над ней: проверьте путь или подключите диск, на котором она находится.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>У backupgui нет прав на запись в папку копий.</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>Подключите диск, на котором она находится, или выберите папку копий заново.</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>Освободите место на диске с папкой копий или выберите другую папку.</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>Хранилище ключей разрешает подбирать пароль этой копии только аккаунту Google, которому она принадлежит. Войдите в Google Диск (с доступом к данным вашего аккаунта) и повторите попытку.</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>Хранилище ключей разрешает подбирать пароль этой копии только её устройствам. На новом компьютере введите код восстановления, который вы сохранили при настройке хранилища ключей.</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>Загрузки в Google Диск сначала записываются в папку кэша этого компьютера: освободите там место на диске (или задайте BACKUPGUI_DRIVE_SPOOL) и повторите попытку.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>Дождитесь завершения или отмените, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>Исключите этот чат из резервной копии или удалите часть его сообщений за тот месяц, затем повторите резервное копирование.</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>набор резервных копий %1 не открывается этим ключом или паролем; пропущен</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>пакет %1 не указан ни в одном индексе (остался от прерванного резервного копирования; следующее резервное копирование его подхватит)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>пакет %1 не указан ни в одном индексе и не проходит проверку подлинности; пропущен</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>неизвестный объект %1 (не имя backupgui)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>неизвестный объект %1 (не имя backupgui); пропущен</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>Создание набора копий</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>Проверьте ключ и повторите попытку.</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>Проверьте пароль и повторите попытку.</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>В Google Диске нет одного из файлов этой копии.</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>Создайте копию ещё раз: повреждённая часть будет отправлена заново.</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>Не удалось записать в папку кэша для загрузок в Google Диск.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>Google Диск недоступен; после %1 попыток backupgui прекратил попытки.</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>Google Диск дал непригодный ответ.</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>Google Диск раз за разом прерывал загрузку.</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>Google Диск раз за разом давал сбой; после %1 попыток backupgui прекратил попытки.</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>Google Диск отклонил запрос.</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>Google Диск отказался сообщить данные аккаунта.</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>Google Диск отклонил вход.</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>Часть этой копии попала на Google Диск повреждённой.</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>Google отклонил вход.</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>Не удалось войти в Google.</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>Папка кэша для загрузок в Google Диск заполнена.</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>Эта загрузка в Google Диск уже завершена.</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>Повторите попытку позже или войдите в Google Диск снова.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Повторите попытку позже.</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>Повторите попытку позже. Если Google Диск продолжит отказывать, войдите снова; ответ Google есть в журнале.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>Google Диск отвечал слишком медленно.</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>Google не ответил на вход вовремя.</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>Хранилище ключей по адресу %1 отвечало слишком медленно.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>Google Диск отвечал слишком медленно: ни один ответ не пришёл полностью за отведённое время; попыток: %1, больше не пытаемся.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 зашифрован: укажите %2-значный ключ (или файл ключа), который его открывает.</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>Копия .crypt15 открывается %1-значным ключом (или файлом encrypted_backup.key), а копия .crypt14 или .crypt12 — файлом «key» размером %2 байт.</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>Ключ резервной копии состоит из %1 символов 0-9 и a-f; пробелы и дефисы не учитываются.</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>В ключе резервной копии %1 знака; в этом — %2.</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>Код восстановления хранилища ключей состоит из %1 знаков 0-9 и a-f (%2 групп по %3); этот текст — не он.</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>Проверьте %1-значный ключ (WhatsApp показывает его только при включении резервного копирования со сквозным шифрованием) или выберите файл ключа, относящийся к этой копии.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Храните от %1 до %2 копий.</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>В этом тексте или файле не найден %1-значный ключ резервной копии.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Откройте backupgui и нажмите «Создать копию», чтобы ввести пароль или %1-значный ключ.</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>При переходе на %1-значный ключ показывается собственный ключ резервной копии; заменить его нельзя.</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>%1-значный ключ не подходит к этой резервной копии.</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>Ключ WhatsApp состоит из %1 знаков; в указанном тексте их %2.</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>Ключ WhatsApp должен занимать %1 байта (%2 знака).</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>Хранилище ключей уничтожило ключ этой копии после слишком многих неверных паролей. Пароль больше не открывает эту копию; открыть её может только её %1-значный ключ, если вы его сохранили.</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>Подлинность хранилища ключей (ключ сервера) отличается от той, с которой была создана эта резервная копия. Ничего не отправлено; проверьте адрес хранилища или восстановите копию %1-значным ключом.</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>Параметры Argon2id пароля выходят за допустимые пределы: не более %1 МиБ памяти, %2 проходов и %3 потоков.</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>Код восстановления состоит из %1 знаков в %2 группах.</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>Эта резервная копия защищена %1-значным ключом; введите ключ.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>Эта резервная копия защищена паролем с хранилищем ключей, а не %1-значным ключом.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>Эта резервная копия защищена паролем, а не %1-значным ключом или хранилищем.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>Эта резервная копия защищена паролем, а не %1-значным ключом.</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>Этот файл — не ключ WhatsApp: ни файл ключа, ни текст с %1-значным ключом.</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>Это копия %1: она открывается файлом «key» размером %2 байт с телефона, а не %3-значным ключом.</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>Это копия .crypt15 (со сквозным шифрованием): она открывается %1-значным ключом или файлом encrypted_backup.key, а не файлом ключа старых копий.</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>В этом файле ключа %1 байт; у WhatsApp их %2 (encrypted_backup.key) или %3 (key).</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>В этом тексте больше одного %1-значного ключа; используйте только ключ резервной копии.</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>невозможное время %1:%2 для %3-часового формата</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>Если вы сами удалили новую резервную копию, создайте новый ключ («Новый пароль и новый ключ резервной копии» или backupgui-cli key rotate): копия будет создана в новом наборе, а старый будет удалён.</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>Пакеты, которые указаны в индексе резервной копии, но отсутствуют в месте хранения: %1. Их содержимое отправляется заново.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>Этот набор резервных копий (%1) был заменён на этом компьютере новым ключом (набором %2), но место хранения снова предлагает его, а не новый набор: возможно, хранилище было откачено назад или новая резервная копия удалена.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>Этот набор резервных копий (%1) был заменён на этом компьютере новым ключом (набором %2), но место хранения снова предлагает его, а не новый набор: возможно, хранилище было откачено назад или новая резервная копия удалена. В старый набор ничего не записано.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>Чтение списка чатов резервной копии</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>Эта резервная копия перечисляет больше чатов, чем backupgui может показать за раз; возможно, она была подделана. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>%1 содержит несколько файлов .txt; выберите один из них: %2.</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>Освободите в Google Диске не меньше %1 (для следующих копий — больше) или купите дополнительное место, затем создайте копию снова.</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>Освободите место в Google Диске или купите дополнительное место, затем создайте копию снова.</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>Google Диск заполнен (занято %1 из %2).</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>Google Диск заполнен (занято %1).</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>Google Диск заполнен.</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>Google Диск заполнен: следующей части этой копии нужно %1 (занято %2).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>Google Диск заполнен: следующей части этой копии нужно %1, а свободно только %2 (занято %3 из %4).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>Google Диск заполнен: следующей части этой копии нужно %1.</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>Ни одна резервная копия по адресу %1 не проходит проверку подлинности с этим ключом (%2).</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>Ни одна резервная копия по адресу %1 не проходит проверку подлинности с этим ключом.</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>В этой системе нет службы связки ключей. Вход через Google нельзя запомнить.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>В этой системе нет защищённого хранилища паролей (связки ключей). Вход через Google нельзя запомнить.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>Не удаётся прочитать файл OAuth-клиента Google %1: слишком глубокая вложенность.</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>Хранилище ключей не смогло сообщить, какая резервная копия самая новая (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>Хранилище ключей ограничивает запросы; повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>Связка ключей на этом компьютере не предназначена для секретных данных. Вход через Google нельзя запомнить.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>Самой новой резервной копии, известной хранилищу ключей, %1 (копия номер %2), нет в месте хранения (самая новая найденная: %3, копия номер %4). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Самой новой резервной копии, известной хранилищу ключей, %1 (копия номер %2), нет в месте хранения (резервных копий не найдено). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Самой новой резервной копии, известной хранилищу ключей, %1, нет в месте хранения (самая новая найденная: %2, копия номер %3). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Самой новой резервной копии, известной хранилищу ключей, %1, нет в месте хранения (резервных копий не найдено). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>Самой новой резервной копии, известной этому компьютеру, %1 (копия номер %2), нет в месте хранения (самая новая найденная: %3, копия номер %4). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Самой новой резервной копии, известной этому компьютеру, %1 (копия номер %2), нет в месте хранения (резервных копий не найдено). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>Самой новой резервной копии, известной этому компьютеру, %1, нет в месте хранения (самая новая найденная: %2, копия номер %3). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>Самой новой резервной копии, известной этому компьютеру, %1, нет в месте хранения (резервных копий не найдено). Возможно, хранилище было откачено назад или резервные копии удалены.</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>Единственная найденная связка ключей хранит секреты в обычном незашифрованном файле. Вход через Google нельзя запомнить.</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>По адресу %2 найдено больше одной резервной копии, соответствующей %1.</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>По адресу %2 нет резервной копии, соответствующей %1.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>Неверный пароль. Осталось попыток, после которых хранилище ключей уничтожит ключ: %1.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>Неверный пароль. Хранилище ключей допускает ещё одну попытку, после чего уничтожит ключ.</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>Восстановление уже выполняется (запущено программой %1).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>Восстановление уже выполняется (запущено программой %1, в %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>Восстановление уже выполняется (запущено программой %1, процесс %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Восстановление уже выполняется (запущено программой %1, процесс %2, в %3).</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>Восстановление уже выполняется.</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>Уже выполняется другое резервное копирование (запущено программой %1).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>Уже выполняется другое резервное копирование (запущено программой %1, в %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>Уже выполняется другое резервное копирование (запущено программой %1, процесс %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Уже выполняется другое резервное копирование (запущено программой %1, процесс %2, в %3).</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>Уже выполняется другое резервное копирование.</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>блок %1 не входит ни в один пакет</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>медиаблок %1 имеет неверное содержимое</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>блок сообщений %1 больше, чем допускает формат</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>пакет %1 отсутствует</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>Резервная копия повреждена (найдено проблем: %1): %2.</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>Объект резервной копии %1 повреждён.</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>блок %1 обрезан</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>индекс %1 пропущен: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>объект исчез во время чтения</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>объект не проходит проверку подлинности</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>в объекте больше структуры, чем в любом допустимом (его чтение заняло бы слишком много памяти)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>объект обрезан</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>объект больше, чем допускает формат</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>объект имеет неверный формат</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>объект не содержит корректных сжатых данных</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>манифест %1 не проходит проверку подлинности</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>в манифесте %1 больше структуры, чем в любом допустимом (его чтение заняло бы слишком много памяти)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>манифест %1 обрезан</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>манифест %1 больше, чем допускает формат</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>манифест %1 имеет неверный формат</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>манифест %1 не содержит корректных сжатых данных</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>пакет %1 не проходит проверку подлинности</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>пакет %1 обрезан</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>пакет %1 больше, чем допускает формат</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>пакет %1 длиннее, чем указано в его индексе</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>пакет %1 имеет неверный формат</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>снимок %1 пропущен: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>сообщения %1 за %2 обрезаны</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>сообщения %1 за %2 больше, чем допускает формат</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>сообщения %1 за %2 имеют неверный формат</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>сообщения %1 за %2 — не те, что указаны в резервной копии</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>сообщения %1 за %2 не являются корректными сжатыми данными</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>сообщения %1 за %2 не проходят проверку подлинности</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>в сообщениях %1 за %2 больше структуры, чем в любом допустимом блоке (их чтение заняло бы слишком много памяти)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>Резервная копия повреждена (найдено проблем: %1), среди них: %2.</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>Удаление старого ключа в хранилище ключей</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Хранилище ключей %1 всё ещё хранит ключ старого набора копий %2: его не удалось удалить (%3) Тот, кто сохранил копию этого набора, всё ещё может открыть его там старым паролем.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>Хранилище ключей %1 всё ещё хранит ключ старого набора копий %2: для его удаления не был указан пароль. Тот, кто сохранил копию этого набора, всё ещё может открыть его там старым паролем.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>Хранилище ключей %1 всё ещё хранит ключ старого набора копий %2: смена ключа или защиты, которая заменила этот набор, была прервана до удаления ключа. Тот, кто сохранил копию этого набора, всё ещё может открыть его там старым паролем.</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>Запись в хранилище ключей удаляется с её паролем, а не с %1-значным ключом.</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>В хранилище ключей нет ключа для этой резервной копии (возможно, он удалён).</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>Хранилище ключей перестало отвечать во время смены пароля; возможно, новый пароль уже действует.</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>Хранилище ключей перестало отвечать во время удаления ключа этой резервной копии; возможно, ключ уже удалён.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>Неверный пароль. Хранилище ключей не сообщило, сколько попыток осталось.</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>Укажите там адрес прокси http://, socks5:// или socks5h:// или удалите этот параметр.</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>Прокси, заданный в %1, нельзя использовать: прокси %2 не поддерживаются (только http, socks5 и socks5h).</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>Прокси, заданный в %1, нельзя использовать: это не адрес прокси.</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>Сравните эту группу с сохранённым ключом или откройте сохранённый файл ключа.</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>В группе %1 ключа неверное число знаков: %2 вместо %3.</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>В группе %1 ключа есть «%2», чего не бывает ни в одном ключе: в ключе только цифры 0-9 и буквы a-f.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>Исключите этот чат из резервной копии, затем повторите резервное копирование.</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>Создайте новый ключ («Новый пароль и новый ключ резервной копии» или backupgui-cli key rotate): копия будет создана в новом наборе, а этот будет удалён.</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>В чате %1 есть сообщение с датой вне %2–%3 годов, которое резервная копия не может вместить. Резервное копирование остановлено; библиотека и прежние резервные копии не изменились.</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>В этом наборе резервных копий (%1) есть копия с наибольшим номером, какой может быть у копии; до него доходит только поддельная копия: ни одна копия не может идти после неё. Ничего не записано.</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>объект %1 — не обычный файл</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>у файла %1 неверное содержимое</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>файл %1 отсутствует</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>сообщения %1 за %2 отсутствуют</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>Не удаётся прочитать %1: диск заполнен.</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>Не удаётся прочитать %1: не хватает памяти.</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>Не удалось прочитать %1 с диска; скопируйте файл ещё раз и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 — повреждённый zip-файл.</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1 сжат способом, который backupgui не может прочитать; распакуйте его другой программой и выберите папку.</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 обрезан (загрузка или копирование не завершились); скопируйте его ещё раз.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 повреждён или не является базой данных.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 повреждён.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 используется другой программой; закройте её и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 не является базой данных.</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>Набор ключей резервной копии повреждён.</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>База данных сообщений</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>часть пути — это файл, а не папка</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>у backupgui нет прав на доступ (проверьте разрешения)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>не существует (возможно, перемещён или удалён)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>путь проходит через слишком много символических ссылок (или через их цикл)</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>имя слишком длинное для этой системы</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>отклонено: во время импорта стало символической ссылкой</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>отклонено: больше не обычный файл</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>диск сообщил об ошибке чтения или записи (возможно, он неисправен или был отключён)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>система сообщила об ошибке (подробности в журнале)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>Проверка свободного места</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>Освободите место на диске или восстановите меньше чатов. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>Недостаточно свободного места для восстановления: нужно около %1 МБ, свободно %2 МБ на диске библиотеки. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>Измените права доступа к файлу или выберите копию, владельцем которой вы являетесь.</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>Проверьте, что её папка существует и что у вас есть права на чтение и запись.</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>Проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>Проверьте права доступа к папке и не подключён ли её диск только для чтения.</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>Выберите папку копий снова.</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>Выберите сам JSON-файл клиента.</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>Уберите эту папку из папки копий и повторите попытку.</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>Восстановите библиотеку из резервной копии или переместите файл в другое место, чтобы начать новую библиотеку.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>Файл OAuth-клиента Google %1 недоступен: одна из папок на пути к нему — файл.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>Файл OAuth-клиента Google %1 — папка, а не файл.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>Файл OAuth-клиента Google %1 — не файл клиента: это не корректный JSON.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>Файл OAuth-клиента Google %1 слишком велик для файла клиента.</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>В папке копий лежит папка там, где должен быть файл резервной копии.</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>Папка копий или папка на пути к ней — файл или ссылка, а не папка.</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>Библиотеку чатов нельзя изменить: её файл или папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>Не удалось использовать библиотеку чатов.</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>Не удаётся открыть файл библиотеки чатов.</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>Файл библиотеки чатов повреждён.</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>Файл библиотеки чатов — не библиотека чатов (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>Диск с библиотекой чатов сообщил об ошибке.</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>Диск с папкой копий сообщил об ошибке.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>Сообщения чата %1 за %2 занимают больше, чем вмещает одна резервная копия (не более %3 МиБ на чат за месяц). Резервное копирование остановлено; библиотека и прежние резервные копии не изменились.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>Сообщения чата %1 за %2 занимают больше, чем вмещает одна резервная копия (не более %3 байт на чат за месяц). Резервное копирование остановлено; библиотека и прежние резервные копии не изменились.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>Для библиотеки чатов недостаточно свободного места на диске.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>Повторите попытку; если это случится снова, подробности есть в журнале.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>backupgui не может читать файл OAuth-клиента Google %1: нет прав доступа.</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>папка %1 на пути к объекту %2 — ссылка или файл, а не папка</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>Не удалось связаться с Google, чтобы завершить вход.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>Google не принял ответ входа: срок его действия истёк или он уже использован.</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>Google не принимает этот OAuth-клиент: он удалён или файл клиента устарел.</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>Хранилище паролей отклонило запрос: возможно, оно заблокировано или его служба не запущена.</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Адрес хранилища ключей должен быть веб-адресом (http:// или https://) или несколькими адресами одного хранилища через запятую: не больше %1, без повторов.</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>Хранилище ключей по адресу %1 имеет другой идентификатор (ключ сервера), чем хранилище по адресу %2; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>Для старых копий выберите от %1 до %2 дней, недель, месяцев или лет.</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>Файл копии больше, чем позволяет диск с папкой копий.</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>Проверьте подключение к сетевому диску и повторите попытку.</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>Выберите папку на диске, который принимает большие файлы (не FAT32), и повторите попытку.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>Выберите папку с более коротким путём.</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>Закройте несколько программ и повторите попытку.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать файл клиента Google OAuth %1: %2.</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>Компьютеру не хватило памяти или открытых файлов при работе с папкой копий.</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>Сетевой диск с папкой копий не ответил.</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>Путь к папке копий слишком длинный для этой системы.</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>его использует другая программа (закройте её и повторите попытку)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>файл больше, чем позволяет этот диск или учётная запись</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>сетевой диск, на котором он находится, не ответил (проверьте подключение)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>в системе открыто слишком много файлов (закройте несколько программ и повторите попытку)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>не хватает памяти (закройте несколько программ и повторите попытку)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 — не обычный файл; он не читается.</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>%1 читается гораздо дольше, чем может читаться база данных такого размера; он отклонён.</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>В этой резервной копии iPhone перечислено больше %1 файлов WhatsApp (Manifest.db) — больше, чем хранит любой телефон; она отклонена.</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Некоторые сообщения этой резервной копии отличаются от копии того же сообщения в библиотеке (изменены с тех пор или в другом месте). Сохранены обе версии.</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Некоторые сообщения этого экспорта отличаются от копии того же сообщения в библиотеке (изменены с тех пор или в другом месте). Сохранены обе версии.</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>Другой компьютер (%1) тоже создавал резервные копии в этом наборе за последние %2 дн. Ничего не теряется: копии обоих компьютеров хранятся в одной истории. Если это компьютер, который вы заменили, отключите на нём резервное копирование.</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>Запустите резервное копирование снова: содержимое удалённых частей будет отправлено заново.</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>Части резервной копии, которые эта копия использует повторно, были удалены во время её создания: %1. Возможно, их удалил другой компьютер, создающий копии в том же наборе. Новая резервная копия не сохранена; предыдущие копии не изменились.</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>звонки, запись о которых не читается</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>Другой компьютер (%1) сейчас создаёт резервную копию в этом наборе; повторите попытку, когда он закончит.</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>Другой компьютер (%1) сейчас меняет ключ или пароль этого набора; повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>Другой компьютер (%1) сейчас очищает этот набор резервных копий; повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>Старые резервные копии на этот раз не удалены: другой компьютер (%1) сейчас использует этот набор. Их удалит одно из следующих резервных копирований.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>Старые резервные копии на этот раз не удалены: в наборе больше объектов блокировки, чем создают компьютеры при резервном копировании. Их удалит одно из следующих резервных копирований.</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>В наборе резервных копий слишком много свежих объектов блокировки (%1) — больше, чем создают компьютеры при резервном копировании; возможно, их положил туда тот, кто может записывать в место хранения. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>Ожидание, пока другой компьютер закончит работу с набором</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>Настройки резервной копии повреждены, или это не резервная копия backupgui.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>Настройки резервной копии изменены (проверка ключа не пройдена).</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>Настройки резервной копии изменены (они не проходят проверку подлинности).</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>Настройки набора резервных копий %1 относятся к другому набору резервных копий.</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>В настройках этой резервной копии указана версия формата %1, которую эта версия backupgui прочитать не может. Обновите backupgui.</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>у набора резервных копий %1 повреждены настройки; пропущен</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>у набора резервных копий %1 нет настроек (возможно, смена ключа была прервана); пропущен</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>звонки с исходом, который backupgui не показывает</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1, в другом чате</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Изменено: две версии этого сообщения. Эта: %1. Другая: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Две версии этого сообщения от разных отправителей. Эта: %1. Другая: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Две версии этого сообщения. Эта: %1. Другая: %2.</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>была в библиотеке ещё до того, как она стала записывать, откуда пришли сообщения</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>из резервной копии, восстановленной %1</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>из экспорта, импортированного %1</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>из резервной копии телефона, импортированной %1</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>Задайте в %1 токен, выданный с областью доступа drive.appdata, или удалите переменную, чтобы использовать вход, сохранённый приложением.</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Войдите снова и на странице Google отметьте флажок, который разрешает backupgui просматривать, создавать и удалять собственные данные в вашем Google Диске.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Войдите в Google Диск снова и на странице Google отметьте флажок, который разрешает backupgui просматривать, создавать и удалять собственные данные в вашем Google Диске.</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Вход в Google не разрешает backupgui использовать Google Диск: разрешение на собственные данные в Google Диске не было отмечено.</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>Токен доступа в %1 не разрешает backupgui использовать Google Диск (он выдан без разрешения на Диск).</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Вы не разрешили backupgui использовать Google Диск: разрешение на собственные данные в Google Диске не было отмечено.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>Попросите администратора Google Workspace разрешить backupgui работать с Google Диском или войдите с другим аккаунтом Google. До тех пор повторные попытки не помогут.</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>Google Диск не пускает backupgui: администратор этого аккаунта Google Workspace (рабочего или учебного) отключил приложения для Диска.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>Попросите администратора Google Workspace разрешить backupgui или войдите с другим аккаунтом Google.</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>Войдите с аккаунтом этой организации или используйте другой OAuth-клиент.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>Администратор этого аккаунта Google Workspace (рабочего или учебного) не разрешает входить в backupgui с этим аккаунтом.</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>Этот OAuth-клиент предназначен только для аккаунтов Google своей организации, а этот аккаунт к ней не относится.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>Неверный пароль. Хранилище ключей допускает ещё много попыток, прежде чем уничтожит ключ.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>Попросите администратора Google Workspace настроить доступ для backupgui или войдите с другим аккаунтом Google.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>Администратор этого аккаунта Google Workspace for Education (учебного) не настроил доступ для backupgui.</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>Папка не выбрана</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>Эмулятор Google Диска (%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Диск (вход не выполнен)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Место для резервных копий не выбрано.</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>Откройте «Настройки» и выберите папку или Google Диск.</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>Папка для резервных копий не выбрана.</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>Выберите папку в «Настройках».</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>Google Диск в этой версии пока недоступен.</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>Пока выберите в «Настройках» папку в качестве места хранения.</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>Неизвестное место хранения.</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>Выберите его в «Настройках».</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>Вы не вошли в Google Диск.</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>Откройте «Настройки» и войдите в Google Диск.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>backupgui не может использовать нужный ему файл или папку.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Проверьте права доступа к папке или выберите другую папку.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>Произошло то, чего backupgui не ожидал.</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>Ваши чаты и резервные копии не изменились. Подробности в журнале; приложите его, если будете сообщать о проблеме.</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Показать журнал</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1/s</source>
        <comment>a transfer speed, e.g. 3.2 MB/s</comment>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds, abbreviated</comment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, abbreviated</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds, abbreviated</comment>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Вчера, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>сегодня, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>вчера, %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>two parts of a line of figures, e.g. &quot;3 chats · 40 messages&quot;; a mark that cannot be read as a digit of the language (Arabic: ، not ·, which reads as ٠)</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <comment>a size in kilobytes (1 kB = 1,000 bytes): the language&apos;s usual unit name, as its file manager or WhatsApp writes it</comment>
        <translation>%1 кБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>a size in megabytes (1 MB = 1,000,000 bytes), written like the kB of the same language</comment>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>a size in gigabytes, written like the kB of the same language</comment>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <comment>a size in terabytes, written like the kB of the same language</comment>
        <translation>%1 ТБ</translation>
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

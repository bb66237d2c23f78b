<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>لا يمكن تشغيل backupgui</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>لا يستطيع backupgui الكتابة في %1: %2.</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>اجعل هذا المجلد قابلاً للكتابة (أو وفّر بعض المساحة) وشغّل backupgui مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 يخص مستخدمًا آخر (%2)؛ لا يستخدم backupgui مجلدات مستخدمين آخرين.</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>يعمل backupgui بصلاحيات root، وهو لا يستخدم إلا مجلدات root نفسه: شغّل backupgui بمستخدمك أنت (بدون sudo).</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>إذا كان تشغيل backupgui باستخدام sudo هو ما أنشأه، فأعده إلى مستخدمك بهذا الأمر في الطرفية، أو احذفه؛ ثم شغّل backupgui مرة أخرى:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>لم يتم اختيار مكان للنسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>افتح backupgui، ثم الإعدادات، واختر مجلدًا أو Google Drive.</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>لم يتم إعداد التشفير التام بين الطرفين بعد.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>لا توجد في هذا الكمبيوتر سلسلة مفاتيح لحفظ مفتاح النسخة الاحتياطية، لذلك لا يمكن للنسخ الاحتياطي التلقائي أن يعمل وحده.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>مفتاح النسخة الاحتياطية غير محفوظ على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>لم يتم اختيار أي دردشات للنسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>حدّد في backupgui الدردشات التي تريد نسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>النسخ الاحتياطي التلقائي التالي</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>جدول النسخ الاحتياطي (&amp;ج)…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>سجل النسخ الاحتياطي (&amp;س)…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>ما زال backupgui يعمل</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>يستمر النسخ الاحتياطي التلقائي من علبة النظام. لإيقافه، اختر &quot;إنهاء&quot; من هناك.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>افتح backupgui وانقر على &quot;نسخ احتياطي&quot; مرة واحدة لاختيار كلمة مرور أو مفتاح مكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام خلال %1 ثانية، لذلك لا يمكن للنسخ الاحتياطي التلقائي أن يعمل وحده.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>سلسلة مفاتيح النظام مقفلة أو رفضت تسليم مفتاح النسخة الاحتياطية، لذلك لا يمكن للنسخ الاحتياطي التلقائي أن يعمل وحده.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>فتح الإعدادات (&amp;ع)</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>لا يمكن إجراء النسخ الاحتياطي بعد</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>تعذّر الوصول إلى مكان النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>يحتوي هذا المكان بالفعل على نسخة احتياطية مشفّرة. أدخل كلمة المرور أو المفتاح الخاص بها ليستمر هذا الكمبيوتر في النسخ الاحتياطي إليها.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>لا توجد في هذا الكمبيوتر سلسلة مفاتيح لحفظ مفتاح النسخة الاحتياطية، لذلك أدخل كلمة المرور أو المفتاح في كل نسخ احتياطي.</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>لم يكتمل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>لا يمكن إنشاء مفتاح جديد بعد</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>توقفت النسخة الاحتياطية الأولى إلى هذا المكان قبل أن تكتمل. أدخل المفتاح المكوّن من %1 رقمًا الذي اخترته لها، وتكمل النسخة الاحتياطية من حيث توقفت.</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>توقفت النسخة الاحتياطية الأولى إلى هذا المكان قبل أن تكتمل. أدخل كلمة المرور التي اخترتها لها، وتكمل النسخة الاحتياطية من حيث توقفت.</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>تم تغيير التشفير مع تحذير</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>أصبحت النسخة الاحتياطية محمية بالطريقة الجديدة، لكن:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة (&amp;ع)</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>كلمة مرور مع خزنة المفاتيح</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>النسخ الاحتياطي للدردشات</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>انسخ دردشاتك ووسائطك احتياطيًا. يُشفَّر كل شيء تشفيرًا تامًا بين الطرفين على هذا الكمبيوتر قبل حفظه.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>مكان الحفظ</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>التشفير التام بين الطرفين</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>المفتاح على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>تشغيل التشفير…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>إيقاف…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>تغيير مكان الحفظ…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>المحدَّد للنسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>نسخ &amp;احتياطي</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>انسخ الدردشات المحددة احتياطيًا الآن (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>لا توجد نسخة بعد في هذا المكان</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>لم يتم الاختيار بعد</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>محاكي Google Drive</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>مُفعَّل، %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>تغيير التشفير…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>متوقف — ستختار كلمة مرور أو مفتاحًا عند أول نسخ احتياطي</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>جارٍ فحص سلسلة المفاتيح…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>لا توجد سلسلة مفاتيح على هذا الكمبيوتر: سيُطلب منك إدخال كلمة المرور أو المفتاح في كل نسخ احتياطي.</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>محفوظ في سلسلة مفاتيح النظام، لذلك يتم النسخ الاحتياطي دون سؤالك.</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>سيُحفظ في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>لم يكتمل آخر نسخ احتياطي. %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>أُلغي آخر نسخ احتياطي؛ النسخة السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>لم يتم اختيار أي دردشات</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;، %2، %3 من الوسائط</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;، %2، %3 من الوسائط (بدون مقاطع فيديو)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>دردشة واحدة</numerusform>
            <numerusform>دردشتان</numerusform>
            <numerusform>%Ln دردشات</numerusform>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>%Ln دردشة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>أُلغي النسخ الاحتياطي، لذا لا توجد نسخة احتياطية كاملة في هذا المكان بعد. يُحتفظ بما رُفع بالفعل، وتكمل النسخة الاحتياطية التالية من هناك.</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1، %2 من الدردشات</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>مفتاح مكوّن من %1 رقمًا</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>يُفعَّل مع هذه النسخة الاحتياطية، %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>حذف المفتاح القديم…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>ما زالت خزنة المفاتيح في %1 تحتفظ بالمفتاح القديم لنسخة احتياطية استُبدلت.</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>لم يُفعَّل بعد، %1، توقفت النسخة الاحتياطية الأولى قبل أن تكتمل، لذا ستطلب النسخة التالية ما اخترته مرة أخرى</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>اختر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>استعادة نسخة احتياطية أقدم على أي حال (&amp;ع)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>الدردشات</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>النسخ الاحتياطية التي تم العثور عليها</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>لم يتم العثور على نسخ احتياطية هنا. تأكد من أنك اخترت المجلد أو الحساب الذي نسخت إليه.</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 ملي ثانية)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (الأحدث)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;أحدث نسخة احتياطية: %1 من %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>أُنشئت نسخ احتياطية أحدث من هذه، لكنها غير موجودة في هذا المكان (يتذكرها هذا الكمبيوتر أو خزنة المفاتيح). ربما أُعيد التخزين إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>تأكد من أن هذه أحدث نسخة احتياطية أنشأتها: لا شيء على هذا الكمبيوتر أو في خزنة مفاتيح يسجّل تاريخ هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>هذه أحدث نسخة احتياطية يعرفها هذا الكمبيوتر أو خزنة المفاتيح.</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>الحجم المخزَّن</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>حجم النسخة الاحتياطية في الوجهة، مضغوطة ومشفّرة</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقاف (&amp;ق)</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>جارٍ قراءة دردشات النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>لم يتغير شيء على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>جارٍ قراءة الدردشات في هذه النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>لم يتغير شيء على هذا الكمبيوتر. اختر نسخة احتياطية أخرى، أو اضغط التالي للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>أُوقفت القراءة. لم يتغير شيء على هذا الكمبيوتر. اضغط التالي لقراءة دردشات هذه النسخة الاحتياطية مرة أخرى.</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>تم تحديد الأحدث. يُحتفظ بالنسخ الاحتياطية الأقدم كما هو محدد في الإعدادات: افتراضيًا، نسخة واحدة عن كلٍّ من آخر %1.</translation>
    </message>
</context>
<context>
    <name>ChatTableModel</name>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>فردية</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chat name — messages, media files</comment>
        <translation>%1 — %2، %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln ملف وسائط</numerusform>
            <numerusform>ملف وسائط واحد</numerusform>
            <numerusform>ملفا وسائط</numerusform>
            <numerusform>%Ln ملفات وسائط</numerusform>
            <numerusform>%Ln ملف وسائط</numerusform>
            <numerusform>%Ln ملف وسائط</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1، مضمَّنة في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1، غير مضمَّنة في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1، %2، آخر نشاط %3</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>participants · messages</comment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشاركًا</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>لا يمكن عرض هذه الدردشة</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>تعذّر فتح الدردشة</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>ملف الوسائط هذا غير موجود على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>ربما لم تُضمَّن مقاطع الفيديو في النسخة الاحتياطية التي استُعيدت منها الدردشة.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>فتح المرفق</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>&quot;%1&quot; ليس صورة ولا فيديو ولا ملفًا صوتيًا ولا ملف PDF، لذلك لا يفتحه backupgui.</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>قد تشغّل الملفات من الأنواع الأخرى برامج عند فتحها. يمكنك حفظ نسخة وفتحها بنفسك إذا كنت تثق في المرسل.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>تعذّر حفظ المرفق</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>رسائل %1، الأقدم أولًا. تنتقل مفاتيح الأسهم بين الرسائل، وينتقل Home وEnd إلى الأولى والأحدث، ويفتح Enter المرفق، وينتقل Control+Enter على الرد إلى الرسالة التي يقتبسها، ويغلق Esc الدردشة.</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>اختر الدردشات المراد استعادتها</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد الكل (&amp;ك)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>إلغاء تحديد الكل (&amp;ح)</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>الدردشات في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>&amp;دمج: الإبقاء على ما هو موجود هنا وإضافة الرسائل الناقصة (مستحسن)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>استبدال الدردشات هنا بنسختها من النسخة الاحتياطية (&amp;ب)</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>نسخة احتياطية من %1، %2: %3، %4، %5 من الوسائط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>دردشة واحدة</numerusform>
            <numerusform>دردشتان</numerusform>
            <numerusform>%Ln دردشات</numerusform>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>%Ln دردشة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1، %Ln رسالة</numerusform>
            <numerusform>%1، رسالة واحدة</numerusform>
            <numerusform>%1، رسالتان</numerusform>
            <numerusform>%1، %Ln رسائل</numerusform>
            <numerusform>%1، %Ln رسالة</numerusform>
            <numerusform>%1، %Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>لا توجد أي من هذه الدردشات على هذا الكمبيوتر.</numerusform>
            <numerusform>دردشة واحدة من هذه الدردشات موجودة بالفعل على هذا الكمبيوتر. ماذا تريد أن تفعل بها؟</numerusform>
            <numerusform>دردشتان من هذه الدردشات موجودتان بالفعل على هذا الكمبيوتر. ماذا تريد أن تفعل بهما؟</numerusform>
            <numerusform>%Ln دردشات من هذه الدردشات موجودة بالفعل على هذا الكمبيوتر. ماذا تريد أن تفعل بها؟</numerusform>
            <numerusform>%Ln دردشة من هذه الدردشات موجودة بالفعل على هذا الكمبيوتر. ماذا تريد أن تفعل بها؟</numerusform>
            <numerusform>%Ln دردشة من هذه الدردشات موجودة بالفعل على هذا الكمبيوتر. ماذا تريد أن تفعل بها؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>تم تحديد %1 من %Ln دردشة</numerusform>
            <numerusform>تم تحديد %1 من دردشة واحدة</numerusform>
            <numerusform>تم تحديد %1 من دردشتين</numerusform>
            <numerusform>تم تحديد %1 من %Ln دردشات</numerusform>
            <numerusform>تم تحديد %1 من %Ln دردشة</numerusform>
            <numerusform>تم تحديد %1 من %Ln دردشة</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>لا توجد أي من هذه الدردشات على هذا الكمبيوتر بعد.</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>تبقى الدردشات الموجودة على هذا الكمبيوتر وغير الموجودة في هذه النسخة الاحتياطية كما هي.</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>سيتم تنزيل ما يصل إلى %1 من النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>حساب Google</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>تسجيل الدخول (&amp;ت)…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>لا تتضمن هذه النسخة من backupgui تسجيل دخول Google مدمجًا. للنسخ الاحتياطي إلى Google Drive، استخدم عميل Google Cloud الخاص بك (مجانًا؛ تعرض المساعدة الخطوات)، أو جرّب محاكي Drive أدناه.</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>استخدام عميل Google Cloud الخاص بك (&amp;ع)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>استخدام تسجيل الدخول المدمج (&amp;د)</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>جرّب بدون Google: استخدم محاكي &amp;Drive على العنوان</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>عنوان محاكي Drive</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>عميلك الخاص: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>عميل OAuth الخاص بك في Google Cloud</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>ملفات العميل (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>لا يمكن استخدام ملف العميل هذا</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>عميل Google Cloud الخاص بك</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>النسخ الاحتياطي إلى Google Drive باستخدام عميل Google Cloud الخاص بك</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>لا تتضمن هذه النسخة من backupgui تسجيل دخول Google مدمجًا. للاستعادة من Google Drive، استخدم عميل Google Cloud الخاص بك (مجانًا؛ تعرض المساعدة الخطوات)، أو جرّب محاكي Drive أدناه.</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1- افتح console.cloud.google.com وأنشئ مشروعًا.
%2- واجهات برمجة التطبيقات والخدمات (APIs &amp; Services) ← المكتبة: فعّل Google Drive API.
%3- شاشة موافقة OAuth: النوع &quot;خارجي&quot;؛ وأضف النطاق ‎…/auth/drive.appdata وحسابك في Google كمستخدم اختبار (أو انشر التطبيق).
%4- بيانات الاعتماد ← إنشاء بيانات اعتماد ← معرِّف عميل OAuth ← تطبيق سطح المكتب؛ ونزّل ملف JSON.
%5- هنا: &quot;استخدام عميل Google Cloud الخاص بك…&quot; واختر ذلك الملف، ثم &quot;تسجيل الدخول&quot;.

يشرح docs/DRIVE.md كل خطوة.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>تم تسجيل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>تم تسجيل الدخول باسم %1 (لهذه الجلسة فقط: لا توجد سلسلة مفاتيح)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>نسيان هذا الحساب</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>هل تريد نسيان %1 على هذا الكمبيوتر؟</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>يُزال تسجيل الدخول من مخزن كلمات المرور على هذا الكمبيوتر. تبقى نسخك الاحتياطية على Google Drive، ويحتفظ backupgui بوصوله إليها: سجّل الدخول مرة أخرى بهذا الحساب لإجراء نسخ احتياطي أو استعادة. وحتى ذلك الحين، يتوقف النسخ الاحتياطي إلى Google Drive.

لا تُزل وصول backupgui من إعدادات حساب Google إن أردت الاحتفاظ بهذه النسخ الاحتياطية: إذ يحذف Google حينها النسخ الاحتياطية الموجودة في المجلد المخفي للتطبيق.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>نسيا&amp;ن</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>تعذّر نسيان الحساب</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>نسيا&amp;ن هذا الحساب على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>تبديل إلى حساب آخر (&amp;ت)…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>تشغيل التشفير التام بين الطرفين</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>افتح قفل نسختك الاحتياطية</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>تغيير التشفير التام بين الطرفين</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>إيقاف التشفير التام بين الطرفين</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>تحقّق من كلمة المرور</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>أمّن خزنة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>متابعة (&amp;م)</translation>
    </message>
    <message>
        <source>Without it, nobody can restore your chats on a new computer — not even us. Enter it to check; it is checked here, not sent anywhere.</source>
        <translation>بدونه لن يتمكن أحد من استعادة دردشاتك على كمبيوتر جديد — ولا حتى نحن. أدخله للتحقق؛ يتم التحقق هنا ولا يُرسل إلى أي مكان.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>أدخل كلمة المرور</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>يحتوي هذا المكان بالفعل على نسخة احتياطية مشفّرة. أدخل كلمة المرور الخاصة بها ليستمر هذا الكمبيوتر في النسخ الاحتياطي إليها.</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>أدخل كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>لتغيير طريقة حماية نسختك الاحتياطية، أثبت أولًا أنك تعرف كلمة المرور الحالية.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>يتطلب إيقاف التشفير التام بين الطرفين على هذا الكمبيوتر كلمةَ المرور الحالية.</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>هل ما زلت تتذكر كلمة المرور؟</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>أُعدّت خزنة المفاتيح لنسختك الاحتياطية قبل أن تتمكن من تمييزك عن غيرك: يمكن لأي شخص لديه نسخة من النسخة الاحتياطية تجربة كلمات المرور واستنفاد محاولاتها. أدخل كلمة المرور مرة واحدة لربط الخزنة بحسابك في Google.</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>أُعدّت خزنة المفاتيح لنسختك الاحتياطية قبل أن تتمكن من تمييزك عن غيرك: يمكن لأي شخص لديه نسخة من النسخة الاحتياطية تجربة كلمات المرور واستنفاد محاولاتها. أدخل كلمة المرور مرة واحدة لربط الخزنة بهذا الكمبيوتر وبرمز استرداد جديد.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;ك)</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;رمز الاسترداد لخزنة المفاتيح</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>رمز الاسترداد لخزنة المفاتيح</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>احمِ نسختك الاحتياطية</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>اختر الحماية الجديدة</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>كلمة المرور أو المفتاح الجديد يغيّر فقط القفل الموضوع على مفتاح نسختك الاحتياطية؛ لا يُرفع أي شيء من جديد.</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>استخدام كلمة مرور (&amp;ك)</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>مفتاح عشوائي تكتبه أو تحفظه. الخيار الأقوى، لكن احتفظ به في مكان آمن.</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>استخدام كلمة مرور مع خزنة المفاتيح (&amp;خ)</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>تحتفظ خزنة المفاتيح على %1 بمفتاحك؛ ولا تسمح إلا بعدد قليل من المحاولات الخاطئة.</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>كلمة مرور جديدة ومفتاح نسخ احتياطي جديد (&amp;ن)</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>بعد تسرّب: مفتاح جديد ونسخة احتياطية كاملة جديدة؛ وتُحذف القديمة.</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>كلمة المرور الجديدة تُبقي على مفتاح نسختك الاحتياطية: نسخة قديمة من إعدادات النسخة الاحتياطية بكلمة مرورك القديمة لا تزال تفتح النسخ الجديدة. إذا كانت كلمة مرورك أو مفتاحك قد تسرّب، فاختر &lt;b&gt;كلمة مرور جديدة ومفتاح نسخ احتياطي جديد&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>كيف يعمل ذلك</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>تُشفَّر الدردشات والوسائط على هذا الكمبيوتر بمفتاح نسخ احتياطي عشوائي قبل حفظها.</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>يحتفظ هذا الكمبيوتر بمفتاح النسخ الاحتياطي في سلسلة المفاتيح، لذلك تعمل النسخ الاحتياطية اللاحقة دون سؤالك.</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>لا تغادر كلمة المرور هذا الكمبيوتر أبدًا. (يمكن إعداد خزنة مفاتيح من الإعدادات.)</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>أنشئ كلمة مرور</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>ستحتاج إلى كلمة المرور هذه لاستعادة دردشاتك على كمبيوتر جديد. يتذكر هذا الكمبيوتر مفتاح النسخ الاحتياطي، لذلك لن يُطلب منك إدخالها في كل نسخ احتياطي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;لا يمكن لأحد استرداد كلمة المرور هذه.&lt;/b&gt; إذا نسيتها وفقدت هذا الكمبيوتر، فلن يمكن فتح نسخك الاحتياطية — لا منك ولا منّا.</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>اكتبه أو احفظه في مكان آمن بعيدًا عن هذا الكمبيوتر. ستحتاج إليه لاستعادة دردشاتك على كمبيوتر جديد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;لا يمكن لأحد استرداد هذا المفتاح.&lt;/b&gt; يستطيع أي شخص يملكه قراءة نسخك الاحتياطية؛ وإذا فقدت المفتاح وهذا الكمبيوتر، فلن يمكن فتح نسخك الاحتياطية.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>تسمح خزنة المفاتيح لهذا الكمبيوتر وحده بتجربة كلمة المرور. على كمبيوتر جديد ستحتاج إلى هذا الرمز مع كلمة المرور. اكتبه أو احفظه في مكان آمن بعيدًا عن هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;يظهر الآن فقط.&lt;/b&gt; بدونه لا يستطيع كمبيوتر جديد استعادة نسختك الاحتياطية بكلمة المرور. الرمز وحده لا يفتح نسختك الاحتياطية.</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>أكّد مفتاحك</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>للتأكد من أنك احتفظت به، اكتب المجموعات المطلوبة أدناه من مفتاحك.</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>لا تجد هذه المجموعات؟ مفتاحك لم يُحفظ بعد: ارجع بالنقر على &lt;b&gt;رجوع&lt;/b&gt;، ثم انسخه أو احفظه في ملف.</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>إيقاف النسخ الاحتياطي من هذا الكمبيوتر؟</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>لا ينشئ backupgui أبدًا نسخًا احتياطية غير مشفّرة.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>تشغيل (&amp;ت)</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>حفظ كلمة المرور (&amp;ح)</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>استخدام هذا المفتاح (&amp;س)</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>حفظت &amp;المفتاح</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>حفظت &amp;الرمز</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>إيقاف (&amp;ي)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>تحقّق (&amp;ت)</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>أنشئ كلمة مرور لخزنة المفاتيح</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>أنشئ كلمة مرور جديدة للمفتاح الجديد</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>لا يستطيع هذا الكمبيوتر استخدام خزنة المفاتيح وحده. أدخل رمز الاسترداد الذي حفظته عند إعداد خزنة المفاتيح، مع كلمة المرور.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>فشل التحقق بشكل غير متوقع؛ راجع السجل لمعرفة التفاصيل.</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>أكّد رمز الاسترداد</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>للتأكد من أنك احتفظت به، اكتب المجموعات المطلوبة أدناه من رمز الاسترداد.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>المجموعة %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>المجموعة %1 من مفتاحك</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>هذا لا يطابق رمز الاسترداد. ارجع لرؤيته مرة أخرى، وتحقّق من أرقام المجموعات.</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>هذا لا يطابق مفتاحك. ارجع لرؤيته مرة أخرى، وتحقّق من أرقام المجموعات.</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>تعذّر تغيير التشفير</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>لا توجد نسخة احتياطية في هذا المكان بعد، لذا لا يمكن التحقق من كلمة المرور هنا. انسخ احتياطيًا أولاً: ستسألك أول نسخة احتياطية هنا عن طريقة حمايتها.</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>سهلة التذكر. %1 أحرف على الأقل. ستحتاج إليها للاستعادة.</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>المجموعات مرقّمة من %1 إلى %2، من اليسار إلى اليمين ومن الأعلى إلى الأسفل. يمكن كتابة الحروف كبيرة أو صغيرة.</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>أدخل المفتاح المكوّن من %1 رقمًا</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>يحتوي هذا المكان بالفعل على نسخة احتياطية مشفّرة. أدخل مفتاحها المكوّن من %1 رقمًا ليستمر هذا الكمبيوتر في النسخ الاحتياطي إليها.</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>أدخل المفتاح الحالي المكوّن من %1 رقمًا</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>لتغيير طريقة حماية نسختك الاحتياطية، أثبت أولًا أنك تعرف المفتاح الحالي المكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>يتطلب إيقاف التشفير التام بين الطرفين على هذا الكمبيوتر المفتاحَ الحالي المكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>هل ما زلت تتذكر مفتاحك المكوّن من %1 رقمًا؟</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>المفتاح المكوّن من %1 &amp;رقمًا</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>تُشفَّر دردشاتك على هذا الكمبيوتر قبل أن تغادره. لا يستطيع قراءة النسخة الاحتياطية إلا من لديه كلمة المرور أو المفتاح المكوّن من %1 رقمًا — لا Google ولا نحن.</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>استخدا&amp;م مفتاح مكوّن من %1 رقمًا</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>على كمبيوتر جديد، تفتح كلمة المرور أو المفتاح المكوّن من %1 رقمًا قفل النسخة الاحتياطية. لا يستطيع ذلك أحد غيرك.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>مفتاحك المكوّن من %1 رقمًا</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>إيقاف التشفير التام بين الطرفين هنا سيؤدي إلى:&lt;ul&gt;&lt;li&gt;إزالة مفتاح النسخ الاحتياطي من سلسلة مفاتيح هذا الكمبيوتر،&lt;/li&gt;&lt;li&gt;إيقاف النسخ الاحتياطي من هذا الكمبيوتر إلى أن تشغّل التشفير مرة أخرى.&lt;/li&gt;&lt;/ul&gt;تبقى النسخ الاحتياطية التي تم إنشاؤها في مكانها، ومشفّرة كما هي. يمكنك استعادتها بكلمة المرور أو المفتاح المكوّن من %1 رقمًا في أي وقت.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>لا توجد سلسلة مفاتيح على هذا الكمبيوتر، لذلك يطلب كل نسخ احتياطي كلمة المرور أو المفتاح.</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>ستحتاج إلى كلمة المرور هذه لاستعادة دردشاتك على كمبيوتر جديد. لا توجد سلسلة مفاتيح على هذا الكمبيوتر، لذلك يطلبها كل نسخ احتياطي أيضًا.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>لن يُستخدم رمز الاسترداد الذي كتبته أو حفظته: ينساه backupgui الآن، ولن يُشغَّل التشفير التام بين الطرفين.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>لن يُستخدم رمز الاسترداد الذي كتبته أو حفظته: ينساه backupgui الآن، وتبقى نسختك الاحتياطية محمية كما هي.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>لن يُستخدم المفتاح المكوّن من %1 رقمًا الذي كتبته أو حفظته: ينساه backupgui الآن، ولن يُشغَّل التشفير التام بين الطرفين. ستحصل على مفتاح جديد في المرة القادمة.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>المفتاح المكوّن من %1 رقمًا الذي كتبته أو حفظته هو مفتاح نسختك الاحتياطية نفسه: ما زال يفتح نسخك الاحتياطية، لذا احفظه في مكان آمن أو أتلفه. تبقى نسختك الاحتياطية محمية كما هي.</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>المغادرة دون الإنهاء؟</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>مغادرة (&amp;م)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;البقاء</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>سجل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة السجل…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>النسخ الاحتياطية السابقة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث (&amp;ت)</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>لم يتم إجراء أي نسخ احتياطي بعد.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>آخر عمليات التشغيل: %Ln، الأحدث أولًا.</numerusform>
            <numerusform>آخر عملية تشغيل، الأحدث أولًا.</numerusform>
            <numerusform>آخر عمليتَي تشغيل، الأحدث أولًا.</numerusform>
            <numerusform>آخر %Ln عمليات تشغيل، الأحدث أولًا.</numerusform>
            <numerusform>آخر %Ln عملية تشغيل، الأحدث أولًا.</numerusform>
            <numerusform>آخر %Ln عملية تشغيل، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>تعذّرت قراءة السجل: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>بدأه</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>تعويض</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>تم رفع %1</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>أوقفتَه أنت</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>حُفظت في</translation>
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
        <translation>أوقفتَه أنت بعد إرسال %1</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (أُرسل %2 قبل الإيقاف)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln تحذير: %1</numerusform>
            <numerusform>تحذير واحد: %1</numerusform>
            <numerusform>تحذيران: %1</numerusform>
            <numerusform>%Ln تحذيرات: %1</numerusform>
            <numerusform>%Ln تحذيرًا: %1</numerusform>
            <numerusform>%Ln تحذير: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>استيراد الدردشات</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>اختر ملف تصدير من WhatsApp (.zip أو .txt) أو تصديرًا من Telegram Desktop (مجلده أو result.json أو ملف .zip له).</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>لم يتم اختيار تصدير</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>ملف التصدير أو مجلده</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>اختيار ملف (&amp;م)…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>اختيار مجلد (&amp;ج)…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>تنسيق التصدير</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>التنسيق (&amp;ت):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>الدردشة:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>المشاركون:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>الرسائل:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>التواريخ:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>الدردشات في التصدير</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>التحذيرات والأسطر التي تم تخطيها</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;س)</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>استيراد من نسخة &amp;الهاتف الاحتياطية…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>اختر ملف تصدير</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>دردشات مُصدَّرة (*.zip *.txt *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>اختر مجلد تصدير Telegram</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>جارٍ قراءة التصدير…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>تصدير من %1. راجع ما سيتم استيراده، ثم اضغط &quot;استيراد&quot;.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>فردية</translation>
    </message>
    <message>
        <source>Groups and one-to-one chats</source>
        <translation>مجموعات ودردشات فردية</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln آخرين</numerusform>
            <numerusform>%1 وشخص آخر</numerusform>
            <numerusform>%1 وشخصان آخران</numerusform>
            <numerusform>%1 و%Ln آخرين</numerusform>
            <numerusform>%1 و%Ln آخر</numerusform>
            <numerusform>%1 و%Ln آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>تم العثور على %Ln ملف</numerusform>
            <numerusform>تم العثور على ملف واحد</numerusform>
            <numerusform>تم العثور على ملفين</numerusform>
            <numerusform>تم العثور على %Ln ملفات</numerusform>
            <numerusform>تم العثور على %Ln ملفًا</numerusform>
            <numerusform>تم العثور على %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1، %Ln غير موجود في التصدير (تُحفظ الرسائل)</numerusform>
            <numerusform>%1، واحد غير موجود في التصدير (تُحفظ رسالته)</numerusform>
            <numerusform>%1، اثنان غير موجودين في التصدير (تُحفظ رسائلهما)</numerusform>
            <numerusform>%1، %Ln غير موجودة في التصدير (تُحفظ رسائلها)</numerusform>
            <numerusform>%1، %Ln غير موجود في التصدير (تُحفظ رسائلها)</numerusform>
            <numerusform>%1، %Ln غير موجود في التصدير (تُحفظ رسائلها)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يتم العثور على مشاكل.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>اكتمل الاستيراد: %1 في %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln رسالة جديدة</numerusform>
            <numerusform>رسالة جديدة واحدة</numerusform>
            <numerusform>رسالتان جديدتان</numerusform>
            <numerusform>%Ln رسائل جديدة</numerusform>
            <numerusform>%Ln رسالة جديدة</numerusform>
            <numerusform>%Ln رسالة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>دردشة واحدة</numerusform>
            <numerusform>دردشتان</numerusform>
            <numerusform>%Ln دردشات</numerusform>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>%Ln دردشة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>لم يكن أي منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت واحدة منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت اثنتان منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %Ln منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %Ln منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %Ln منها في المكتبة من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>لم يُضف أي ملف وسائط.</numerusform>
            <numerusform>أُضيف ملف وسائط واحد.</numerusform>
            <numerusform>أُضيف ملفا وسائط.</numerusform>
            <numerusform>أُضيفت %Ln ملفات وسائط.</numerusform>
            <numerusform>أُضيف %Ln ملف وسائط.</numerusform>
            <numerusform>أُضيف %Ln ملف وسائط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>الأسطر التي تم تخطيها: %Ln (راجع الملاحظات).</numerusform>
            <numerusform>الأسطر التي تم تخطيها: %Ln (راجع الملاحظات).</numerusform>
            <numerusform>الأسطر التي تم تخطيها: %Ln (راجع الملاحظات).</numerusform>
            <numerusform>الأسطر التي تم تخطيها: %Ln (راجع الملاحظات).</numerusform>
            <numerusform>الأسطر التي تم تخطيها: %Ln (راجع الملاحظات).</numerusform>
            <numerusform>الأسطر التي تم تخطيها: %Ln (راجع الملاحظات).</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>لم يتم استيراد أي شيء؛ المكتبة لم تتغير.</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>أُلغي الاستيراد؛ المكتبة لم تتغير.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>حساب محذوف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>لا رسائل تختلف عن نسخة المكتبة.</numerusform>
            <numerusform>رسالة واحدة تختلف عن نسخة المكتبة (احتُفظ بالاثنتين).</numerusform>
            <numerusform>رسالتان تختلفان عن نسخة المكتبة (احتُفظ بالنسختين من كل منهما).</numerusform>
            <numerusform>%Ln رسائل تختلف عن نسخة المكتبة (احتُفظ بالنسختين من كل منها).</numerusform>
            <numerusform>%Ln رسالة تختلف عن نسخة المكتبة (احتُفظ بالنسختين من كل منها).</numerusform>
            <numerusform>%Ln رسالة تختلف عن نسخة المكتبة (احتُفظ بالنسختين من كل منها).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>هذا الملف ليس ملفًا نصيًا يحتوي على مفتاح نسخ احتياطي.</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>فتح ملف المفتاح…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>افتح ملف مفتاح النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>ملفات المفاتيح (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>فتح ملف المفتاح (&amp;ف)…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>اقرأ المفتاح من الملف الذي حفظته باستخدام &quot;حفظ في ملف…&quot;</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>مفتاح مكوّن من %1 رقمًا</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;ن)</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>حفظ في ملف (&amp;ح)…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>تم النسخ. الصقه في مكان آمن، ثم امسح الحافظة.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>احفظ رمز الاسترداد</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

احتفظ بهذا الملف في مكان آمن وغير متصل بالإنترنت. مع كلمة المرور، يتيح لك استعادة نسختك الاحتياطية على كمبيوتر جديد.
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>احفظ مفتاح النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

احتفظ بهذا الملف في مكان آمن وغير متصل بالإنترنت. أي شخص يملكه يستطيع قراءة نسخك الاحتياطية.
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>تم الحفظ. انقل الملف بعيدًا عن هذا الكمبيوتر، مثلًا إلى ذاكرة USB.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>مفتاحك المكوّن من %1 رقمًا</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>أدخل كلمة المرور أو المفتاح</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>النسخة الاحتياطية مشفّرة تمامًا بين الطرفين. يُفتح قفلها هنا، على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>النسخ الاحتياطية التي تم العثور عليها</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>مجموعة النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>كلمة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;رمز الاسترداد لخزنة المفاتيح</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>رمز الاسترداد لخزنة المفاتيح</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>عنوان خزنة المفاتيح (&amp;ع)</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>عنوان خزنة المفاتيح</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>لم يستخدم هذا الكمبيوتر خزنة المفاتيح هذه من قبل</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>عنوان خزنة المفاتيح وهويتها</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>لا تتابع إلا إذا كانت هذه خزنة المفاتيح التي اخترتها عند إعداد هذه النسخة الاحتياطية. يستطيع من يمكنه تغيير مكان حفظ النسخة الاحتياطية أن يجعلها تشير إلى خادم آخر، ليجمع ما يثبت حسابك ويستنفد محاولات كلمة المرور.</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>هذه هي خزنة المفاتيح التي اخترتها لهذه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>تأكيد خزنة المفاتيح</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>نسخ احتياطية محمية بـ: %1 (الأحدث: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>تم العثور على %n نسخة احتياطية، الأحدث: %1؛ الحماية: %2.</numerusform>
            <numerusform>تم العثور على نسخة احتياطية واحدة (%1)؛ الحماية: %2.</numerusform>
            <numerusform>تم العثور على نسختين احتياطيتين، الأحدث: %1؛ الحماية: %2.</numerusform>
            <numerusform>تم العثور على %n نسخ احتياطية، الأحدث: %1؛ الحماية: %2.</numerusform>
            <numerusform>تم العثور على %n نسخة احتياطية، الأحدث: %1؛ الحماية: %2.</numerusform>
            <numerusform>تم العثور على %n نسخة احتياطية، الأحدث: %1؛ الحماية: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;ك)</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>العنوان: %1
الهوية (بصمة مفتاح الخادم): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>جارٍ التحقق… (يستغرق ذلك بضع ثوانٍ عن قصد، لإبطاء محاولات التخمين)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>الرمز المكوّن من %1 رقمًا الذي ظهر عند إعداد خزنة المفاتيح. لا حاجة إليه على الكمبيوتر الذي أنشأ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>المفتاح المكوّن من %1 رقمًا (&amp;م)</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>غيّره فقط إذا انتقلت خزنة المفاتيح إلى عنوان جديد. يجب أن تظل الخزنة نفسها التي أُنشئت بها هذه النسخة الاحتياطية. تُفصل عناوين الخزنة نفسها (خوادمها) بفواصل.</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>أدخل عنوان خزنة المفاتيح (http:// أو https://)، أو عدة عناوين للخزنة نفسها مفصولة بفواصل: %1 على الأكثر، دون تكرار.</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>العناوين: %1
الهوية (بصمة مفتاح الخادم): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui — النسخ الاحتياطي للدردشات</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>المكتبة: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>جارٍ قراءة دردشاتك…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>شعار backupgui</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>دردشاتك في نسخة احتياطية آمنة</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>لا توجد دردشات على هذا الكمبيوتر بعد. استورد دردشة مُصدَّرة من WhatsApp أو Telegram، أو استعدها من نسخة احتياطية، أو تعرّف على التطبيق باستخدام دردشات تجريبية.</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>استيراد الدردشات (&amp;س)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>التجربة باستخدام دردشا&amp;ت تجريبية</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>الدردشات</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>البحث في الدردشات (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>البحث في الدردشات</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد الكل (&amp;ك)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;إلغاء تحديد الكل</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>&amp;أدرج مقاطع الفيديو</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>تضمين مقاطع الفيديو في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>يتم نسخ الدردشات المحددة احتياطيًا. مفتاح المسافة يحدد الدردشة الحالية أو يلغي تحديدها؛ ومفتاح Enter يفتحها.</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>حدّد الدردشات المراد نسخها احتياطيًا. انقر نقرًا مزدوجًا على دردشة لقراءتها.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;هل ما زلت تتذكر كلمة مرور النسخة الاحتياطية؟&lt;/b&gt; تحقّق منها الآن، حتى تتمكن من استعادة دردشاتك على كمبيوتر جديد.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>تحقّق الآن (&amp;ح)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;م)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;ع)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;ن)</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>نسخ احتياطي (&amp;ن)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن (&amp;آ)</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>إلغاء النسخ الاحتياطي (&amp;غ)</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>التشفير التام بين الطرفين (&amp;ت)…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>التحقق من كلمة المرور (&amp;ك)…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>إيقاف التشفير (&amp;ر)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;ع)</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>البحث عن &amp;دردشة</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>فتح دردشة (&amp;ف)</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>إعادة تحميل قائمة الدردشات (&amp;ق)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>عرض السجل (&amp;س)</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>حول backupgui (&amp;ح)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>دردشة واحدة</numerusform>
            <numerusform>دردشتان</numerusform>
            <numerusform>%Ln دردشات</numerusform>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>%Ln دردشة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>تعذّرت قراءة دردشاتك</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>جارٍ إنشاء دردشات تجريبية…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>تعذّر إنشاء الدردشات التجريبية</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>اكتمل النسخ الاحتياطي: %1، %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>أُلغي النسخ الاحتياطي. النسخة الاحتياطية السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>اكتمل النسخ الاحتياطي مع تحذيرات</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>حُفظت النسخة الاحتياطية، مع %Ln تحذير:</numerusform>
            <numerusform>حُفظت النسخة الاحتياطية، مع تحذير واحد:</numerusform>
            <numerusform>حُفظت النسخة الاحتياطية، مع تحذيرين:</numerusform>
            <numerusform>حُفظت النسخة الاحتياطية، مع %Ln تحذيرات:</numerusform>
            <numerusform>حُفظت النسخة الاحتياطية، مع %Ln تحذيرًا:</numerusform>
            <numerusform>حُفظت النسخة الاحتياطية، مع %Ln تحذير:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>ميزة استيراد الدردشات المُصدَّرة قادمة قريبًا.</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>حول backupgui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;نسخ احتياطية لدردشاتك مشفّرة تمامًا بين الطرفين على Google Drive أو في مجلد.&lt;/p&gt;&lt;p&gt;لا تغادر كلمة المرور والمفتاح هذا الكمبيوتر أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>نسخ احتياطي قيد التشغيل</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>إيقاف النسخ الاحتياطي والإنهاء؟</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>يتوقف النسخ الاحتياطي بأمان وتبقى نسختك الاحتياطية السابقة كما كانت. تبقى الأجزاء التي تم رفعها بالفعل في المكان نفسه، فلا يرسلها النسخ الاحتياطي التالي مرة أخرى.</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>استعادة قيد التشغيل</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>إيقاف الاستعادة والإنهاء؟</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>تتوقف الاستعادة بأمان؛ ولا يتغير شيء على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>إيقاف الاستعادة والإنهاء (&amp;ق)</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>مواصلة الاستعادة (&amp;و)</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>إيقاف النسخ والإنهاء (&amp;ق)</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>مواصلة النسخ الاحتياطي (&amp;و)</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>يتوقف النسخ الاحتياطي بأمان. لا توجد نسخة احتياطية كاملة في هذا المكان بعد؛ تبقى الأجزاء التي رُفعت بالفعل هناك، فلا يرسلها النسخ الاحتياطي التالي مرة أخرى.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;هل ما زلت تتذكر مفتاحك المكوّن من %1 رقمًا؟&lt;/b&gt; تحقّق منه الآن، حتى تتمكن من استعادة دردشاتك على كمبيوتر جديد.</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>أُلغي النسخ الاحتياطي. لا توجد نسخة احتياطية كاملة هنا بعد.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>كان أحد الإعدادات في backupgui.ini غير صالح وأُعيد إلى قيمته الافتراضية: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>كانت بعض الإعدادات في backupgui.ini غير صالحة وأُعيدت إلى قيمها الافتراضية: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>حسنًا، فهمت</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>kind of attachment · size</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>, </source>
        <comment>separator in a list of attachments</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>kind of attachment, size</comment>
        <translation>%1، %2</translation>
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
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>الوسائط غير موجودة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>الصورة غير موجودة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>الفيديو غير موجود على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>الرسالة الصوتية غير موجودة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>الملف الصوتي غير موجود على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>الملصق غير موجود على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>المستند غير موجود على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>الوسائط غير مضمّنة في التصدير</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>الصورة غير مضمّنة في التصدير</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>الفيديو غير مضمّن في التصدير</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>الرسالة الصوتية غير مضمّنة في التصدير</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>الملف الصوتي غير مضمّن في التصدير</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>الملصق غير مضمّن في التصدير</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>المستند غير مضمّن في التصدير</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>رسالة صوتية</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ملف صوتي</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ملصق</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>حساب محذوف</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>مشارك غير معروف</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>الرسائل والمكالمات مشفّرة تمامًا بين الطرفين. لا أحد خارج هذه الدردشة، ولا حتى WhatsApp، يمكنه قراءتها أو الاستماع إليها.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>تم حذف هذه الرسالة</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>لقد حذفت هذه الرسالة</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>مكالمة صوتية فائتة</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>مكالمة فيديو فائتة</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>مكالمة صوتية جماعية فائتة</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>مكالمة فيديو جماعية فائتة</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>تمت إضافتك</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>تمت إزالتك</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>أنت الآن مشرف</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>انضممت باستخدام رابط الدعوة لهذه المجموعة</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>تغيّر رمز الأمان الخاص بك</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>تغيّر رمز الأمان الخاص بك مع %1</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>غيّر %1 اسم المجموعة إلى &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>غيّرت اسم المجموعة إلى &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>غيّر %1 اسم المجموعة</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>غيّرت اسم المجموعة</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>غيّر %1 صورة هذه المجموعة</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>غيّرت صورة هذه المجموعة</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>غيّر %1 وصف المجموعة</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>غيّرت وصف المجموعة</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>غيّر %1 رقم هاتفه إلى %2</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>غيّر %1 رقم هاتفه</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>أنشأ %1 المجموعة &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>أنشأت المجموعة &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>أنشأ %1 هذه المجموعة</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>أنشأت هذه المجموعة</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>انضممت</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>غادرت</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>أضافك %1</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>أزالك %1</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>أضاف %1 مشاركًا</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>أضفت مشاركًا</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>أزال %1 مشاركًا</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>أزلت مشاركًا</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>أضاف %1 %2</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>أضفت %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>أزال %1 %2</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>أزلت %2</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>تفاعل %1 بـ %2 مع &quot;%3&quot;</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>تفاعلت بـ %2 مع &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>تفاعل %1 بـ %2</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>تفاعلت بـ %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (أحرف أخرى لم تُعرض هنا: %Ln)</numerusform>
            <numerusform>%1
… (حرف آخر لم يُعرض هنا)</numerusform>
            <numerusform>%1
… (حرفان آخران لم يُعرضا هنا)</numerusform>
            <numerusform>%1
… (%Ln أحرف أخرى لم تُعرض هنا)</numerusform>
            <numerusform>%1
… (%Ln حرفًا آخر لم يُعرض هنا)</numerusform>
            <numerusform>%1
… (%Ln حرف آخر لم يُعرض هنا)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>حذف %1 صورة هذه المجموعة</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>حذفت صورة هذه المجموعة</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>انضم %1 باستخدام رابط الدعوة لهذه المجموعة</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>انضم %1</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>تمت إضافة %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>غادر %1</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>أصبح %1 مشرفًا</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>تمت إضافة %1</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>تمت إضافة %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>انضم %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>انضم %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>غادر %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>غادر %1</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>انضم %1 باستخدام رابط الدعوة لهذه المجموعة</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>انضم %1 باستخدام رابط الدعوة لهذه المجموعة</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>أصبح %1 مشرفَين</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>أصبح %1 مشرفين</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>مكالمة صوتية، لم يتم الرد</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>مكالمة فيديو، لم يتم الرد</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>مكالمة صوتية جماعية، لم يتم الرد</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>مكالمة فيديو جماعية، لم يتم الرد</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>مكالمة صوتية، %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>مكالمة فيديو، %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>مكالمة صوتية جماعية، %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>مكالمة فيديو جماعية، %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>ردّ على رسالة غير موجودة في هذه الدردشة</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>ردّ: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>ردّ على %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>لا نسخ أخرى.</numerusform>
            <numerusform>نسخة أخرى واحدة.</numerusform>
            <numerusform>نسختان أخريان.</numerusform>
            <numerusform>%Ln نسخ أخرى.</numerusform>
            <numerusform>%Ln نسخة أخرى.</numerusform>
            <numerusform>%Ln نسخة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>معدّلة: لهذه الرسالة نسختان</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>لهذه الرسالة نسختان</translation>
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
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;ك)</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>تأكيد كلمة المرور (&amp;أ)</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>ليست من كلمات المرور الشائعة</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>الإدخالان متطابقان</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1 أحرف على الأقل</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>إخفاء كلمة المرور</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>إظهار كلمة المرور أو إخفاؤها (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>نسخ المسار (&amp;ن)</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>استيراد من نسخة الهاتف الاحتياطية</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>استورد سجل WhatsApp بالكامل من النسخة الاحتياطية للهاتف نفسه: ملف msgstore.db.crypt15 من هاتف Android (WhatsApp/Databases)، أو مجلد نسخة احتياطية لـ iPhone أنشأه Finder أو iTunes. يشرح docs/IMPORT.md أين تجدها وأين تجد المفتاح.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>لم يتم اختيار نسخة احتياطية</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>ملف النسخة الاحتياطية للهاتف أو مجلدها</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>اختيار ملف (&amp;م)…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>مجلد النسخة الاحتياطية لـ iPhone (&amp;ن)…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>ملف &amp;المفتاح…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key، أو الملف المسمى &quot;key&quot; لنسخة .crypt14/.crypt12</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>كلمة مرور نسخة iPhone الاحتياطية</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>كلمة مرور النسخة (&amp;ك):</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>اختياري: مجلد Media الخاص بـ WhatsApp، منسوخًا من الهاتف</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>مجلد الوسائط</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>اختيار مجلد (&amp;ج)…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>اختياري: wa.db، لأسماء جهات الاتصال</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>ملف جهات الاتصال</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار (&amp;خ)…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>جهات الاتصال:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>فتح النسخة الاحتياطية (&amp;ف)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>الدردشات في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;س)</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>اختر نسخة WhatsApp الاحتياطية</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>نسخ WhatsApp الاحتياطية (*.crypt15 *.crypt14 *.crypt12 *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>اختر مجلد نسخة iPhone الاحتياطية</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>اختر ملف المفتاح</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>ملف المفتاح: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>اختر مجلد Media الخاص بـ WhatsApp</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>اختر wa.db</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>قاعدة بيانات جهات الاتصال (wa.db*);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>جارٍ فحص النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>جارٍ البحث عن ملفات الوسائط…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>نسخة احتياطية لـ iPhone. اضغط &quot;فتح النسخة الاحتياطية&quot; لقراءتها.</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>نسخة iPhone احتياطية مشفّرة: أدخل كلمة مرورها، ثم اضغط &quot;فتح النسخة الاحتياطية&quot;.</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>نسخة Android احتياطية: أدخل مفتاحها، ثم اضغط &quot;فتح النسخة الاحتياطية&quot;.</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>قاعدة بيانات رسائل Android. اضغط &quot;فتح النسخة الاحتياطية&quot;.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>جارٍ فتح النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>راجع ما سيتم استيراده، ثم اضغط &quot;استيراد&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>دردشة واحدة</numerusform>
            <numerusform>دردشتان</numerusform>
            <numerusform>%Ln دردشات</numerusform>
            <numerusform>%Ln دردشة</numerusform>
            <numerusform>%Ln دردشة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>ملفات الوسائط التي تم العثور عليها: %Ln</numerusform>
            <numerusform>ملفات الوسائط التي تم العثور عليها: %Ln</numerusform>
            <numerusform>ملفات الوسائط التي تم العثور عليها: %Ln</numerusform>
            <numerusform>ملفات الوسائط التي تم العثور عليها: %Ln</numerusform>
            <numerusform>ملفات الوسائط التي تم العثور عليها: %Ln</numerusform>
            <numerusform>ملفات الوسائط التي تم العثور عليها: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>غير موجودة على هذا الكمبيوتر: %Ln (تُحفظ رسائلها)</numerusform>
            <numerusform>غير موجودة على هذا الكمبيوتر: %Ln (تُحفظ رسائلها)</numerusform>
            <numerusform>غير موجودة على هذا الكمبيوتر: %Ln (تُحفظ رسائلها)</numerusform>
            <numerusform>غير موجودة على هذا الكمبيوتر: %Ln (تُحفظ رسائلها)</numerusform>
            <numerusform>غير موجودة على هذا الكمبيوتر: %Ln (تُحفظ رسائلها)</numerusform>
            <numerusform>غير موجودة على هذا الكمبيوتر: %Ln (تُحفظ رسائلها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>لم تُستورد أي رسالة جديدة.</numerusform>
            <numerusform>استُوردت رسالة جديدة واحدة.</numerusform>
            <numerusform>استُوردت رسالتان جديدتان.</numerusform>
            <numerusform>استُوردت %Ln رسائل جديدة.</numerusform>
            <numerusform>استُوردت %Ln رسالة جديدة.</numerusform>
            <numerusform>استُوردت %Ln رسالة جديدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>لم يكن أي منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت واحدة منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت اثنتان منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %Ln منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %Ln منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %Ln منها في المكتبة من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>لم يُضف أي ملف وسائط.</numerusform>
            <numerusform>أُضيف ملف وسائط واحد.</numerusform>
            <numerusform>أُضيف ملفا وسائط.</numerusform>
            <numerusform>أُضيفت %Ln ملفات وسائط.</numerusform>
            <numerusform>أُضيف %Ln ملف وسائط.</numerusform>
            <numerusform>أُضيف %Ln ملف وسائط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>لا ملفات غائبة عن هذا الكمبيوتر.</numerusform>
            <numerusform>ملف واحد غير موجود على هذا الكمبيوتر.</numerusform>
            <numerusform>ملفان غير موجودين على هذا الكمبيوتر.</numerusform>
            <numerusform>%Ln ملفات غير موجودة على هذا الكمبيوتر.</numerusform>
            <numerusform>%Ln ملفًا غير موجود على هذا الكمبيوتر.</numerusform>
            <numerusform>%Ln ملف غير موجود على هذا الكمبيوتر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>فردية</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم يتم العثور على مشاكل.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>أُلغي الاستيراد؛ المكتبة لم تتغير.</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>جارٍ فك تشفير النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>جارٍ استيراد الرسائل…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>جارٍ فتح قفل نسخة iPhone الاحتياطية…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>لم يتم استيراد أي شيء؛ المكتبة لم تتغير.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
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
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>The key WhatsApp showed when you turned on end-to-end encrypted backup (%1 groups of %2).</source>
        <translation>المفتاح الذي عرضه WhatsApp عند تشغيل النسخ الاحتياطي المشفّر تمامًا بين الطرفين (%1 مجموعة من %2).</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>المفتاح المكوّن من %1 رقمًا (&amp;ق):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>لا رسائل تختلف عن نسخة المكتبة.</numerusform>
            <numerusform>رسالة واحدة تختلف عن نسخة المكتبة (احتُفظ بالاثنتين).</numerusform>
            <numerusform>رسالتان تختلفان عن نسخة المكتبة (احتُفظ بالنسختين من كل منهما).</numerusform>
            <numerusform>%Ln رسائل تختلف عن نسخة المكتبة (احتُفظ بالنسختين من كل منها).</numerusform>
            <numerusform>%Ln رسالة تختلف عن نسخة المكتبة (احتُفظ بالنسختين من كل منها).</numerusform>
            <numerusform>%Ln رسالة تختلف عن نسخة المكتبة (احتُفظ بالنسختين من كل منها).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>جارٍ استعادة دردشاتك</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>يمكنك مواصلة استخدام الكمبيوتر. إذا ألغيت، فلن يتغير شيء على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>لم تكتمل الاستعادة</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>لم يتغير شيء على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>أُلغيت الاستعادة</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>لا توجد مساحة حرة كافية على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة (&amp;ع)</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>لا توجد مساحة حرة كافية</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>لم يُنزَّل شيء ولم يتغير شيء على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>تحتاج هذه الاستعادة إلى نحو %1 على القرص الذي يحمل مكتبة الدردشات (%3)؛ والمساحة الحرة هناك %2.</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>أفرغ بعض المساحة على ذلك القرص واختر إعادة المحاولة، أو ارجع واختر دردشات أقل. للاستعادة إلى مكتبة دردشات على قرص آخر، شغّل backupgui مع ‎--library ومجلد على ذلك القرص.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>تقدّم الاستعادة</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>تقدّم النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>البايتات المنجزة والسرعة والوقت المتبقي</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف مؤقت (&amp;ق)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%1 من %Ln دردشة</numerusform>
            <numerusform>%1 من دردشة واحدة</numerusform>
            <numerusform>%1 من دردشتين</numerusform>
            <numerusform>%1 من %Ln دردشات</numerusform>
            <numerusform>%1 من %Ln دردشة</numerusform>
            <numerusform>%1 من %Ln دردشة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1، متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>يتبقى نحو %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>استئناف (&amp;س)</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>متوقف مؤقتًا — لا تتم قراءة أي شيء أو إرساله.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>جارٍ الإيقاف بأمان؛ تبقى النسخة الاحتياطية السابقة كما كانت.</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>جارٍ الإيقاف بأمان؛ يُحتفظ بما رُفع بالفعل للنسخة الاحتياطية التالية.</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>لا يعمل Google Drive الآن. جارٍ المحاولة مرة أخرى (المحاولة %1 من %2)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>تعذّر الوصول إلى Google Drive: تحقّق من الاتصال بالإنترنت. جارٍ المحاولة مرة أخرى (المحاولة %1 من %2)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;ل)</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>جارٍ الإيقاف بأمان؛ تبقى المحادثات على هذا الكمبيوتر كما كانت.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>حدّد الكلّ (&amp;ح)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>خطوة لأعلى (&amp;ع)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>خطوة لأسفل (&amp;س)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;ت)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أعد (&amp;ع)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>قصّ (&amp;ق)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;ن)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ألصق (&amp;ص)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>أظهر التّفاصيل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>أخفِ التّفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>احفظ الكلّ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم (&amp;ن)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم للكلّ (&amp;ع)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا (&amp;ل)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للكلّ (&amp;ك)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>أجهض</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>حاول مجدّدًا</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>صفّر</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعد الافتراضيّات</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;ت)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أعد (&amp;ع)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>قصّ (&amp;ق)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;ن)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>انسخ وصلة المكان (&amp;ص)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ألصق (&amp;ص)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; السّابق (&amp;س)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التّالي (&amp;ت)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي (&amp;ت) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>أنهِ (&amp;ه)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>أودع</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>استعادة الدردشات من نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>تم (&amp;ت)</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>البحث عن النسخ الاحتياطية (&amp;ب)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح &amp;القفل</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي (&amp;ت) &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>سجل سنة كاملة (مُستحسن)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>لا شيء: أحدث النسخ الاحتياطية فقط</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>النسخ الاحتياطية الأقدم المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>النسخ الأقدم (&amp;ق):</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>نسخة كل يوم، لآخر (&amp;ي):</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>نسخة كل أسبوع، لآخر (&amp;س):</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>نسخة كل شهر، لآخر (&amp;ش):</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>نسخة كل سنة، لآخر (&amp;س):</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>ما يمكنك الرجوع إليه</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يومين</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوعين</numerusform>
            <numerusform> أسابيع</numerusform>
            <numerusform> أسبوعًا</numerusform>
            <numerusform> أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> شهر</numerusform>
            <numerusform> شهر</numerusform>
            <numerusform> شهرين</numerusform>
            <numerusform> أشهر</numerusform>
            <numerusform> شهرًا</numerusform>
            <numerusform> شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> سنة</numerusform>
            <numerusform> سنة</numerusform>
            <numerusform> سنتين</numerusform>
            <numerusform> سنوات</numerusform>
            <numerusform> سنة</numerusform>
            <numerusform> سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>تتشارك النسخ الاحتياطية ما لم يتغير، لذا لا يشغل السجل الأطول إلا مساحة أكبر بقليل.</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln أسبوع</numerusform>
            <numerusform>%Ln أسبوع</numerusform>
            <numerusform>%Ln أسبوعين</numerusform>
            <numerusform>%Ln أسابيع</numerusform>
            <numerusform>%Ln أسبوعًا</numerusform>
            <numerusform>%Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>%Ln شهرين</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنتين</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>يمكنك الرجوع إلى أيٍّ من آخر %1، وإلى كلٍّ من أحدث %Ln نسخة احتياطية.</numerusform>
            <numerusform>يمكنك الرجوع إلى أيٍّ من آخر %1، وإلى أحدث نسخة احتياطية.</numerusform>
            <numerusform>يمكنك الرجوع إلى أيٍّ من آخر %1، وإلى كلٍّ من أحدث نسختين احتياطيتين.</numerusform>
            <numerusform>يمكنك الرجوع إلى أيٍّ من آخر %1، وإلى كلٍّ من أحدث %Ln نسخ احتياطية.</numerusform>
            <numerusform>يمكنك الرجوع إلى أيٍّ من آخر %1، وإلى كلٍّ من أحدث %Ln نسخة احتياطية.</numerusform>
            <numerusform>يمكنك الرجوع إلى أيٍّ من آخر %1، وإلى كلٍّ من أحدث %Ln نسخة احتياطية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>لا يمكنك الرجوع إلا إلى أحدث %Ln نسخة احتياطية: الدردشة المحذوفة خطأً لا تبقى في أيٍّ منها بعد %Ln نسخة أخرى.</numerusform>
            <numerusform>لا يمكنك الرجوع إلا إلى أحدث نسخة احتياطية: الدردشة المحذوفة خطأً لا تبقى فيها بعد نسخة أخرى.</numerusform>
            <numerusform>لا يمكنك الرجوع إلا إلى أحدث نسختين احتياطيتين: الدردشة المحذوفة خطأً لا تبقى في أيٍّ منهما بعد نسختين أخريين.</numerusform>
            <numerusform>لا يمكنك الرجوع إلا إلى أحدث %Ln نسخ احتياطية: الدردشة المحذوفة خطأً لا تبقى في أيٍّ منها بعد %Ln نسخ أخرى.</numerusform>
            <numerusform>لا يمكنك الرجوع إلا إلى أحدث %Ln نسخة احتياطية: الدردشة المحذوفة خطأً لا تبقى في أيٍّ منها بعد %Ln نسخة أخرى.</numerusform>
            <numerusform>لا يمكنك الرجوع إلا إلى أحدث %Ln نسخة احتياطية: الدردشة المحذوفة خطأً لا تبقى في أيٍّ منها بعد %Ln نسخة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>حذف المفتاح القديم…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>حذف المفتاح القديم</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>حذف المفتاح القديم من خزنة المفاتيح</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>ما زالت خزنة المفاتيح في %1 تحتفظ بمفتاح نسخة احتياطية استُبدلت (بمفتاح جديد أو بتغيير الحماية). يستطيع من احتفظ بنسخة من تلك النسخة الاحتياطية القديمة أن يفتحها هناك بكلمة المرور القديمة. أدخل كلمة المرور القديمة لحذف ذلك المفتاح؛ لا تُحفظ.</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>كلمة المرور القديمة (&amp;ك)</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>كلمة المرور القديمة</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;رمز الاسترداد لخزنة المفاتيح</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>رمز الاسترداد لخزنة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>حذف المفتا&amp;ح القديم</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إيقاف (&amp;ق)</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>جارٍ حذف المفتاح القديم من خزنة المفاتيح…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>لم تعد خزنة المفاتيح تحتفظ بالمفتاح القديم: لم يبقَ شيء لحذفه.</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>حُذف المفتاح القديم من خزنة المفاتيح. لم يعد ممكنًا فتح نسخة محفوظة من النسخة الاحتياطية القديمة هناك.</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>لا يستطيع هذا الكمبيوتر استخدام خزنة المفاتيح وحده. أدخل رمز الاسترداد الذي حفظته عند إعداد خزنة المفاتيح، مع كلمة المرور القديمة.</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>يبقى المفتاح القديم مُدرجًا هنا: حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>تعذّر حذف المفتاح القديم</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>توقّف. ما زال المفتاح القديم في خزنة المفاتيح؛ يمكنك المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: مستوفى</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: غير مستوفى</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>جدول النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>تعذّر حفظ الجدول: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>النسخ الاحتياطي تلقائيًا</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>النسخ الاحتياطي تلقائيًا (&amp;ل):</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>الوقت من اليوم</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>في الساعة (&amp;س):</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>في يوم الأسبوع (&amp;ي):</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>في الأشهر الأقصر، يتم النسخ الاحتياطي في آخر يوم.</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>في يوم &amp;الشهر:</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>النسخ الاحتياطي أيضًا على الاتصالات المحدودة (&amp;م) (بيانات الجوال، نقاط الاتصال)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>أي مستوى</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>عند العمل على البطارية، انتظر توصيل الشاحن إذا كانت البطارية أقل من هذا المستوى.</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>على البطارية، فقط فوق (&amp;ف):</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>إعلامي عند نجاح النسخ الاحتياطي (&amp;ع) (تُعرض حالات الفشل دائمًا)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>تشغيل backupgui عند تسجيل الدخول (&amp;ت) (في علبة النظام)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>يعمل النسخ الاحتياطي التلقائي ما دام backupgui في علبة النظام. تعمل النسخ الفائتة بعد قليل من استيقاظ الكمبيوتر.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>لا يعرض سطح المكتب هذا علبة النظام، لذا يعمل النسخ الاحتياطي التلقائي فقط ما دامت نافذة backupgui مفتوحة. تعمل النسخة الفائتة بعد قليل من فتحها.</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>تشغيل backupgui عند تسجيل الدخول (&amp;ت)</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>متوقف (فقط عندما أنقر على &quot;نسخ احتياطي&quot;)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>اليوم في %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>غدًا في %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>أمس في %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>الاتصال محدود (النسخ الاحتياطي على الاتصالات المحدودة متوقف)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>البطارية عند %1% وهذا أقل من %2%</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>لا يوجد اتصال بالإنترنت</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>هناك نسخ احتياطي آخر قيد التشغيل</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>هناك نسخ احتياطي قيد التشغيل بالفعل</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>انتظر حتى ينتهي، أو ألغه أولًا.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>النسخ الاحتياطي التلقائي متوقف</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>النسخ الاحتياطي التالي: في الانتظار، لأن %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>النسخ الاحتياطي التالي: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>تم تخطي النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>لم يتم النسخ الاحتياطي التلقائي لأن %1. سيتم في الموعد المجدول التالي، أو يمكنك اختيار &quot;نسخ احتياطي الآن&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln دردشة، %1، خلال %2.</numerusform>
            <numerusform>دردشة واحدة، %1، خلال %2.</numerusform>
            <numerusform>دردشتان، %1، خلال %2.</numerusform>
            <numerusform>%Ln دردشات، %1، خلال %2.</numerusform>
            <numerusform>%Ln دردشة، %1، خلال %2.</numerusform>
            <numerusform>%Ln دردشة، %1، خلال %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>تم نسخ دردشاتك احتياطيًا.</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>اكتمل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>أوقف خطأ غير متوقع النسخ الاحتياطي (%1). التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>يحتاج النسخ الاحتياطي إلى كلمة المرور</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>سيحاول backupgui مرة أخرى %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>افتح backupgui وانقر على &quot;نسخ احتياطي&quot; لإدخال كلمة المرور أو المفتاح المكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>ما زال المفتاح القديم في خزنة المفاتيح</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>انقر هنا لحذفه بكلمة المرور القديمة.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (و%Ln تحذير آخر)</numerusform>
            <numerusform>%1 (وتحذير واحد آخر)</numerusform>
            <numerusform>%1 (وتحذيران آخران)</numerusform>
            <numerusform>%1 (و%Ln تحذيرات أخرى)</numerusform>
            <numerusform>%1 (و%Ln تحذيرًا آخر)</numerusform>
            <numerusform>%1 (و%Ln تحذير آخر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>اكتمل النسخ الاحتياطي مع تحذيرات</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>حاسوبًا آخر (%1) يستخدم مجموعة النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>مجموعة النسخ الاحتياطية تحتوي على كائنات قفل أكثر مما تنشئه الحواسيب التي تنسخ احتياطيًا</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>يستخدم حاسوب آخر مجموعة النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>مكان حفظ النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>مجلد (&amp;م)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>مثلًا ذاكرة USB أو مجلد متزامن</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض (&amp;س)…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>تُحفظ النسخ الاحتياطية في مجلد تطبيق مخفي في Drive الخاص بك لا يراه إلا backupgui.</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (قريبًا)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>اسم هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>تضمين مقاطع &amp;الفيديو</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>عدد النسخ الاحتياطية المحفوظة</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>اسم هذا الكمبيوتر (&amp;ه):</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>الاحتفاظ بآخر (&amp;ح):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>خيارات متقدمة</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>عنوان خزنة المفاتيح</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>مستوى السجل</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>مستو&amp;ى السجل:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>اللغة (&amp;ل):</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>سيعرض backupgui اللغة الجديدة بعد إعادة تشغيله.</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> نسخة احتياطية</numerusform>
            <numerusform> نسخة احتياطية</numerusform>
            <numerusform> نسختان احتياطيتان</numerusform>
            <numerusform> نسخ احتياطية</numerusform>
            <numerusform> نسخة احتياطية</numerusform>
            <numerusform> نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختر مجلد النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>اختر المجلد لنسخك الاحتياطية.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>سجّل الدخول إلى Google Drive أولًا، أو اختر مجلدًا.</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>يتعذّر التحقق من المجلد</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 ملف وليس مجلدًا. اختر مجلدًا للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>محرك النسخ الاحتياطي غير متصل: صِل المحرك الذي يحتوي على %1، أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>أدखل المسار الكامل للمجلد (مثلًا ‎/home/you/Backups)، أو انقر على &quot;استعراض&quot;.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 غير موجود، ولا المجلد الذي يُفترض أن يكون فيه. اختر مجلدًا موجودًا، أو صِل المحرك الذي يحتوي عليه.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>إنشاء المجلد؟</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>المجلد %1 غير موجود بعد.</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>إنشاؤه في %1؟</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>إنشاء المجلد (&amp;ن)</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>يتعذّر إنشاء المجلد</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>خزنة المفاتيح (&amp;خ):</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>لا يستطيع backupgui الكتابة في %1 (محرك الأقراص للقراءة فقط أو المجلد ليس ملكك). اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>لا تستطيع هذه النسخة من backupgui تسجيل الدخول إلى Google Drive بمفردها: استخدم عميل Google Cloud الخاص بك أو محاكي Drive (أعلاه)، أو اختر مجلدًا.</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>تُحفظ الإعدادات والسجلات هنا. أما كلمات المرور والمفاتيح فلا تُحفظ هنا أبدًا.</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>ملف الإعدادات:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>مجلد السجلات:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>تسجيل الدخول إلى Google Drive</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>أكمل تسجيل الدخول في متصفحك</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>يعرض متصفحك صفحة تسجيل الدخول إلى Google. سجّل الدخول هناك واختر &quot;السماح&quot;، ثم عُد إلى هنا.</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>إذا لم تُفتح نافذة متصفح، فانسخ هذا الرابط إلى متصفحك:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>جارٍ تجهيز رابط تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>رابط تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>نسخ الرابط (&amp;ن)</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>فتح المتصفح مرة أخرى (&amp;ت)</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>حالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة المحاولة (&amp;ع)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>تعذّر فتح أي متصفح: انسخ الرابط إلى متصفحك.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>في انتظار إكمال تسجيل الدخول… (متبقٍ %1)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>تعذّر تسجيل الدخول إلى Google</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>لم يكتمل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>تم نسخ الرابط. الصقه في شريط العنوان في متصفحك.</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>يعرض متصفحك صفحة تسجيل الدخول في محاكي Drive. اختر &quot;السماح&quot; هناك، ثم عُد إلى هنا.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>قوة كلمة المرور</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>عادت دردشاتك</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>افتح دردشة لتتأكد من أن كل شيء موجود.</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>مواصلة النسخ الاحتياطي إلى هذا المكان من هذا الكمبيوتر (&amp;و)</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>يتذكر مكان الحفظ ويحتفظ بمفتاح النسخ الاحتياطي في سلسلة مفاتيح هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>فتح دردشة مستعادة (&amp;ف)</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>تمت استعادة &lt;b&gt;%Ln دردشة&lt;/b&gt; خلال %1.</numerusform>
            <numerusform>تمت استعادة &lt;b&gt;دردشة واحدة&lt;/b&gt; خلال %1.</numerusform>
            <numerusform>تمت استعادة &lt;b&gt;دردشتين&lt;/b&gt; خلال %1.</numerusform>
            <numerusform>تمت استعادة &lt;b&gt;%Ln دردشات&lt;/b&gt; خلال %1.</numerusform>
            <numerusform>تمت استعادة &lt;b&gt;%Ln دردشة&lt;/b&gt; خلال %1.</numerusform>
            <numerusform>تمت استعادة &lt;b&gt;%Ln دردشة&lt;/b&gt; خلال %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>الرسائل: أُضيفت %1، وكانت %2 موجودة هنا.</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>ملفات الوسائط: استُعيدت %1، وكانت %2 موجودة هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>ملفات وسائط لم تكن في النسخة الاحتياطية: %Ln (مثل مقاطع الفيديو التي تم استبعادها).</numerusform>
            <numerusform>ملفات وسائط لم تكن في النسخة الاحتياطية: %Ln (مثل مقاطع الفيديو التي تم استبعادها).</numerusform>
            <numerusform>ملفات وسائط لم تكن في النسخة الاحتياطية: %Ln (مثل مقاطع الفيديو التي تم استبعادها).</numerusform>
            <numerusform>ملفات وسائط لم تكن في النسخة الاحتياطية: %Ln (مثل مقاطع الفيديو التي تم استبعادها).</numerusform>
            <numerusform>ملفات وسائط لم تكن في النسخة الاحتياطية: %Ln (مثل مقاطع الفيديو التي تم استبعادها).</numerusform>
            <numerusform>ملفات وسائط لم تكن في النسخة الاحتياطية: %Ln (مثل مقاطع الفيديو التي تم استبعادها).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>ما زلت مسجّل الدخول إلى Google Drive باسم %1 على هذا الكمبيوتر. إذا لم يكن هذا الكمبيوتر لك، فانسَ الحساب قبل أن تغادر.</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Drive: تم نسيان %1 على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <comment>a restored chat&apos;s name</comment>
        <translation>فتح %1 (&amp;ف)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي الآن (&amp;آ)</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>إلغاء النسخ الاحتياطي (&amp;غ)</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>النسخ الاحتياطي التالي: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>جدول النسخ الاحتياطي (&amp;ج)…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>سجل النسخ الاحتياطي (&amp;س)…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>إظهار النافذة (&amp;ظ)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;ن)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
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
        <translation>أين نسخك الاحتياطية؟</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>اختر المجلد أو حساب Google Drive الذي نسخت إليه.</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>مجلد (&amp;م) (ذاكرة USB، مجلد مشترك على الشبكة، …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>المجلد الذي يحتوي على نسخك الاحتياطية</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (قريبًا)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختر مجلد النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>جارٍ البحث عن النسخ الاحتياطية…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>لم يتم اختيار أي دردشات للنسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>حدّد الدردشات التي تريد نسخها احتياطيًا، أو استخدم &quot;تحديد الكل&quot;.</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>غيّر ذلك من الإعدادات.</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>يمكن جعل سجل خزنة المفاتيح لهذه النسخة الاحتياطية أكثر أمانًا.</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>يحتوي هذا المكان على نسخة احتياطية مختلفة عن التي ينسخ إليها هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>مفتاح النسخة الاحتياطية غير محفوظ على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>يجب أن يكون عدد النسخ الاحتياطية المحفوظة %1 على الأقل.</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>هذه أول نسخة احتياطية إلى هذا المكان. اختر كلمة المرور أو المفتاح المكوّن من %1 رقمًا الذي سيحميها هنا.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 يخص مستخدمًا آخر؛ احذفه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>تغيّر %1 أثناء قراءته.</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>يحتوي %1 على عروض أو مشغّلات تحاول تشغيل شيء ما؛ تم رفضه.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>لا يحتوي %1 على أسماء جهات الاتصال (wa_contacts).</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>يحتوي %1 على قاعدة بيانات أكبر من %2 غيغابايت؛ تم رفضه.</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>يحتوي %1 على قيمة أكبر من %2 ميغابايت؛ تم رفضه.</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>لا يحتوي %1 على ملف نصي للدردشة (.txt)؛ إنه ليس تصديرًا من WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>لا يحتوي %1 على result.json؛ إنه ليس تصديرًا من Telegram Desktop (اختر تنسيق JSON عند التصدير).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 مجلد ولكنه ليس نسخة احتياطية لـ iPhone (لا يحتوي على Manifest.db).</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 ملف zip غير مكتمل: نهايته مفقودة.</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 مقطوع (ينتهي داخل ترويسته).</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 تالف: المفتاح صحيح لكن الملف يفشل في فحص المصادقة.</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 فارغ؛ لا يحتوي على أي رسائل.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 ليس ملف نسخة احتياطية لـ WhatsApp (.crypt15 أو .crypt14 أو .crypt12) ولا مجلد نسخة احتياطية لـ iPhone.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 ليس تصديرًا من WhatsApp (لا يوجد ملف دردشة .txt) ولا تصديرًا من Telegram (لا يوجد result.json).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1 ليس قاعدة بيانات جهات الاتصال في WhatsApp (wa.db أو ContactsV2.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1 ليس قاعدة بيانات جهات الاتصال في WhatsApp (wa.db).</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 ليس تصديرًا من Telegram: %2 (السطر %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 ليس دردشة مُصدَّرة من WhatsApp: السطر %2 لا يبدأ بتاريخ ووقت (%3).</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 ليس مجلدًا؛ احذفه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 ليس عنوان ويب (http:// أو https://).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 ليس قاعدة بيانات SQLite.</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 ليس مجلد نسخة احتياطية لـ iPhone.</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 محمي بكلمة مرور؛ صدِّر الدردشة مرة أخرى دون كلمة مرور.</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 أكبر من أن يكون ملف مفتاح لـ WhatsApp.</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>يُفتح %1 بهذا المفتاح لكنه لا يحتوي على قاعدة بيانات للرسائل (يحفظ WhatsApp بهذه الطريقة الوسائط والإعدادات أيضًا).</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>يُفتح %1 بهذا المفتاح لكن محتواه تالف أو مقطوع.</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>أحد الملفات أكبر مما يسمح به هذا القرص أو هذا الحساب. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>المطلوب هنا ملف مفتاح، لا المفتاح نفسه؛ ضع المفتاح في ملف، أو استخدم BACKUPGUI_WHATSAPP_KEY.</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>يلزم عنوان خزنة مفاتيح لحماية نسخة احتياطية بالخزنة.</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>تعذّر إنشاء مجلد عمل خاص في %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>تعذّر تجهيز المجلد %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>تعذّرت قراءة ملف المفتاح %1: %2.</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>تحقّق من كلمة المرور أو المفتاح، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>اختر مجلدًا أو Google Drive مكانًا للحفظ.</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>اختر مستوى للسجل.</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>اختر msgstore.db.crypt15 (أو .crypt14 / .crypt12) من مجلد WhatsApp/Databases في الهاتف، أو مجلد نسخة iPhone احتياطية أنشأه Finder أو iTunes.</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>اختر ملف .txt أو .zip من &quot;تصدير الدردشة&quot; في WhatsApp، أو ملف result.json من Telegram Desktop.</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>أغلق نافذة أو أمر backupgui الآخر، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>انسخ الملف من الهاتف مرة أخرى؛ لم يتم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>أنشئ عميل OAuth من نوع &quot;تطبيق سطح المكتب&quot; (وليس &quot;تطبيق ويب&quot;).</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>جارٍ إنشاء المفتاح الجديد</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>جارٍ التشفير والرفع</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>أفرغ بعض المساحة على القرص وحاول مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>أعطِ هذا الكمبيوتر اسمًا.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>تعذّر الوصول إلى Google Drive.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>لم يقبل Google Drive تسجيل الدخول المحفوظ (انتهت صلاحيته أو أُلغي).</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>لم يقبل Google تسجيل الدخول المحفوظ (انتهت صلاحيته أو أُلغي).</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>لم يمنح Google تطبيق backupgui وصولًا دائمًا إلى Google Drive.</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>ثبّت مخزن كلمات مرور أو افتح قفله (GNOME Keyring أو KWallet أو سلسلة مفاتيح macOS أو مدير بيانات الاعتماد في Windows)، أو سجّل الدخول لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>اسم الكائن غير صالح: %1.</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>إنها كلمة المرور المختارة في Finder أو iTunes لخيار &quot;تشفير النسخة الاحتياطية المحلية&quot;، وليست رمز مرور الهاتف ولا كلمة مرور Apple ID.</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>ملف Manifest.plist أكبر من أن يكون لنسخة iPhone احتياطية.</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>تعذّر فتح أي متصفح ويب لتسجيل الدخول إلى Google.</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>لم يتم تسجيل الدخول إلى Google Drive.</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>جارٍ حزم الرسائل</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>جارٍ قراءة فهرس النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>توقفت قراءة التصدير بشكل غير متوقع (خرج المحلل بالرمز %1).</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>أزل وصول backupgui من إعدادات حساب Google، ثم سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>جارٍ حذف النسخ الاحتياطية القديمة</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>جارٍ استعادة الوسائط</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>جارٍ استعادة الرسائل</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>جارٍ حفظ المفتاح على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>سجّل الدخول من التطبيق أولًا، أو اضبط BACKUPGUI_DRIVE_TOKEN.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>سجّل الدخول إلى Google Drive مرة أخرى.</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>بعض صفوف %1 المضافة تشير إلى صفوف غير موجودة.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>ملف عميل Google OAuth ‏%1 غير موجود.</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>يحتوي مفتاح WhatsApp على الأرقام 0-9 والحروف a-f فقط؛ النص المُدخل فيه أحرف أخرى.</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>تحقق من مكان النسخ الاحتياطي، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>تحقق من المحرك (ربما انفصل أو به عطل)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>تحقق من المسار، أو صِل المحرك الذي يحتوي عليه.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>اختر مجلدًا تملكه، أو غيّر أذونات المجلد.</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>صِل المحرك الذي يحتوي على %1، أو اختر مجلدًا آخر، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>نزّل ملف JSON لعميل من نوع تطبيق سطح المكتب من وحدة تحكم Google Cloud (راجع docs/DRIVE.md) واختره مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>أدخل كلمة مرور النسخة الاحتياطية بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>وفّر مساحة في مكان النسخ الاحتياطي أو اختر مكانًا آخر، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>لم يقبل Google Drive رمز الوصول في %1 (إنه خاطئ أو منتهي الصلاحية).</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>ربما لم يكتمل تنزيله أو نسخه. صدّر الدردشة أو انسخها مرة أخرى، ثم استورد الملف الجديد.</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>يجب أن تستخدم عناوينه https (أو http على هذا الكمبيوتر).</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>لا يوجد مجلد نسخ احتياطي في %1.</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>جارٍ إزالة مجموعة النسخ الاحتياطية القديمة</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>اضبط %1 على رمز وصول صالح، أو ألغِ ضبطه لاستخدام تسجيل الدخول الذي حفظه التطبيق.</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>سجّل الدخول مرة أخرى واختر &quot;السماح&quot; للنسخ الاحتياطي إلى Google Drive.</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>سجّل الدخول من التطبيق، فهو يعرض الرابط لنسخه.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>عميل Google OAuth في %1 يحتوي على %2 غير آمن.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>عميل Google OAuth في %1 ليس لتطبيق سطح مكتب.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>يفتقد عميل Google OAuth في %1 إلى %2.</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>لم يكتمل تسجيل الدخول إلى Google خلال %1.</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>أُلغي تسجيل الدخول إلى Google.</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>محرك النسخ الاحتياطي غير متصل.</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>لا تحتوي النسخة الاحتياطية على دردشة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>تحتوي النسخة الاحتياطية على رسائل دردشة واحدة للفترة %1 مرتين.</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>بيان النسخة الاحتياطية %1 لا ينتمي إلى هنا.</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>ربما تم تعديل النسخة الاحتياطية أو حذف جزء منها. احتفظ بها وأنشئ نسخة احتياطية جديدة.</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>كائن النسخة الاحتياطية %1 غير موجود.</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>كائن النسخة الاحتياطية %1 مفقود.</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>ملف Manifest.plist للنسخة الاحتياطية تالف.</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>سجل خزنة المفاتيح في النسخة الاحتياطية تالف.</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>خانة كلمة المرور في النسخة الاحتياطية تالفة.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>النسخة الاحتياطية تالفة: %1.</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>يكتب %1 التواريخ بدون السنة، ولا شيء فيه يدل على السنة التي تنتمي إليها.</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: تعذّرت قراءة أي من رسائله (السطر %2: %3).</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>الدردشات المدمجة مع دردشات مستوردة من ملفات التصدير: %1.</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>قُرئت التواريخ المكتوبة بدون سنة على أنها من سنة %1 أو بعدها، أي السنة التالية لآخر سنة تظهر في التصدير؛ تحقّق منها.</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>استورد ملف .zip كما أنشأه WhatsApp (تاريخه يدل على السنة)، وليس ملف .txt المستخرج منه.</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>يشير بيان النسخة الاحتياطية %1 إلى ملف وسائط باستخدام كتلة بيانات ملف آخر.</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>لا توجد في الدردشة %1 رسائل محفوظة للفترة %2.</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>مكتبة الدردشات مستخدمة من برنامج آخر.</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>تم دمج الدردشة مع الدردشة نفسها المستوردة من نسخة الهاتف الاحتياطية.</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>يعمل الكمبيوتر على البطارية عند %1% وهذا أقل من %2%.</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>الاتصال محدود (مثل نقطة اتصال الجوال)، والنسخ الاحتياطي على الاتصالات المحدودة متوقف.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>قد يأتي اليوم أو الشهر أولًا في التواريخ؛ قُرئت على أنها يوم/شهر/سنة.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>قد يأتي اليوم أو الشهر أولًا في التواريخ؛ قُرئت على أنها شهر/يوم/سنة.</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>امتلأ القرص أثناء الاستعادة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>امتلأ القرص أثناء فك تشفير نسخة الهاتف الاحتياطية.</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>المحرك مركّب للقراءة فقط أو محمي من الكتابة: ألغِ قفله أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>أُلغيت المهمة.</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>المفتاح لا يفتح هذه النسخة الاحتياطية (الملف نفسه سليم: مجموعه الاختباري صحيح).</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>المفتاح لا يفتح هذه النسخة الاحتياطية، أو الملف تالف (مجموعه الاختباري لا يطابق أيضًا).</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>المفتاح الذي أعادته الخزنة لا يفك التشفير؛ ربما يكون تالفًا.</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>عنوان خزنة المفاتيح ليس عنوان URL من نوع http(s).</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>لدى خزنة المفاتيح مفتاح بهذا المعرّف بالفعل.</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>ردّت خزنة المفاتيح بمفتاح خادم مختلف؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>تعذّر الوصول إلى خزنة المفاتيح على %1.</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>رفضت خزنة المفاتيح على %1 الطلب (HTTP %2).</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>لم تسمح خزنة المفاتيح بالربط بالحساب.</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>لم تسمح خزنة المفاتيح بتغيير كلمة المرور.</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>لم تؤكد خزنة المفاتيح الحذف.</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>لا تقبل خزنة المفاتيح حسابات Google؛ اختر نسخًا احتياطيًا إلى مجلد أو خزنة أخرى.</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>لم تتمكن خزنة المفاتيح من إثبات هويتها؛ لم يُسلَّم شيء.</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>وجدت خزنة المفاتيح سجلها المحفوظ معدَّلًا أو تالفًا.</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>تحدّ خزنة المفاتيح من الطلبات؛ حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>تحتاج خزنة المفاتيح إلى إثبات لحساب هذه النسخة الاحتياطية لتتابع عدد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>سجل هذه النسخة الاحتياطية في خزنة المفاتيح مرتبط بحساب بالفعل.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>سجل هذه النسخة الاحتياطية في خزنة المفاتيح مرتبط بنوع حساب يختلف عما تذكره إعداداتها.</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>رفضت خزنة المفاتيح حساب Google هذا: مفتاح النسخة الاحتياطية مرتبط بحساب آخر. سجّل الدخول إلى Google Drive بالحساب الذي أنشأ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>رفضت خزنة المفاتيح بيانات اعتماد هذا الكمبيوتر ورمز الاسترداد. تحقّق من رمز الاسترداد.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>أرسلت خزنة المفاتيح سجل تسلسل نسخ احتياطي غير صالح.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>أرسلت خزنة المفاتيح ردًّا غير صالح على التسجيل.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>أرسلت خزنة المفاتيح ردًّا غير صالح (%1 مفقود).</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>أرسلت خزنة المفاتيح ردًّا غير صالح (%1).</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>سجل تسلسل النسخ الاحتياطي في خزنة المفاتيح يخص مجموعة نسخ احتياطية أخرى.</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>سجل تسلسل النسخ الاحتياطي في خزنة المفاتيح غير موقّع بمفتاح هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>مفتاح خادم خزنة المفاتيح ليس المفتاح المتوقع؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>لا تحتوي المكتبة على دردشة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>كلمة المرور لا تفتح نسخة iPhone الاحتياطية هذه (لا يُفك تشفير قائمة ملفاتها).</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>كلمة المرور لا تفتح نسخة iPhone الاحتياطية هذه.</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>كلمة المرور غير صحيحة لهذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>يجب أن تتكون كلمة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>تسجيل دخول Google المحفوظ يخص عميل OAuth آخر.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>إعدادات الخزنة لهذه النسخة الاحتياطية تالفة.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>إعدادات الخزنة لهذه النسخة الاحتياطية ناقصة أو تالفة.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>لا توجد نسخة احتياطية %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>لا توجد نسخة احتياطية في %1.</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>لا توجد مجموعة نسخ احتياطية %1 في %2.</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>لا توجد مكتبة دردشات في %1.</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>لا توجد دردشة بالمعرّف %1.</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>لا يوجد اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>هذه النسخة الاحتياطية محمية بكلمة مرور محفوظة لدى خزنة مفاتيح.</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>تشير هذه النسخة الاحتياطية إلى خزنة مفاتيح لم يستخدمها هذا الكمبيوتر من قبل: %1 (الهوية %2). لم يُرسل إليها أي شيء. لا تتابع إلا إذا كانت هذه خزنة المفاتيح التي اخترتها عند إعداد هذه النسخة الاحتياطية: يستطيع من يمكنه تغيير مكان حفظ النسخة الاحتياطية أن يجعلها تشير إلى خادمه.</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>أُنشئت مكتبة الدردشات هذه بإصدار أحدث من backupgui.</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>لا تتضمن هذه النسخة من backupgui تسجيل دخول Google مدمجًا.</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>تحتوي قاعدة البيانات هذه على أكثر من %1 دردشة؛ تم رفضها.</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>تحتوي قاعدة البيانات هذه على عدد كبير جدًا من الدردشات؛ تم رفضها.</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>قاعدة البيانات هذه ليست قاعدة بيانات رسائل WhatsApp (msgstore.db): لا تحتوي على جدول رسائل.</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>لا تحتوي نسخة iPhone الاحتياطية المشفّرة هذه على مفاتيح صالحة للاستخدام (Manifest.plist).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>هذا الملف ليس نسخة احتياطية لـ WhatsApp (تتعذّر قراءة ترويسته).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>هذا الملف ليس نسخة احتياطية لـ WhatsApp (لم يتم العثور على ترويسة).</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>هذا الملف أقصر من أن يكون نسخة احتياطية لـ WhatsApp.</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>ملف Manifest.db في هذا المجلد ليس لنسخة iPhone احتياطية.</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>لا تحتوي نسخة iPhone الاحتياطية هذه على رسائل WhatsApp (لا يوجد ChatStorage.sqlite في نطاق WhatsApp).</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>نسخة iPhone الاحتياطية هذه مشفّرة: كلمة مرورها مطلوبة.</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>هذا أطول بكثير من أن يكون مفتاح نسخ احتياطي أو ملف مفتاح.</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>هذه ليست قاعدة بيانات WhatsApp على iPhone ‏(ChatStorage.sqlite).</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>ملف المفتاح هذا يخص نسخة احتياطية أخرى (ملح الخادم فيه يختلف عن الملح الذي أُنشئت به هذه النسخة).</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>ملف المفتاح هذا تالف (يفشل فحصه الداخلي).</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>ملف المفتاح هذا تالف أو لم ينشئه WhatsApp.</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>ملف المفتاح هذا من إصدار لا يعرفه backupgui.</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>لا تقبل خزنة المفاتيح هذه حسابات Google، التي تستخدمها النسخ الاحتياطية على Google Drive لحماية محاولات كلمة المرور.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>خزنة المفاتيح هذه قديمة جدًا: لا تستطيع ربط مفتاح النسخة الاحتياطية بحساب، لذلك يمكن لأي شخص يملك النسخة الاحتياطية استنفاد محاولات كلمة المرور. حدّث الخزنة.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>كلمة المرور هذه شائعة جدًا؛ اختر كلمة يصعب تخمينها.</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>للمتابعة، أكّد الخزنة، أو شغّل الأمر مرة أخرى مع --trust-vault (أو اكتب عنوان الخزنة مع --vault URL).</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>لاستعادة النسخة الأقدم على أي حال، أكّد ذلك في نافذة الاستعادة، أو حدّدها باستخدام --backup وأضف --accept-rollback.</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>أعد المحاولة. إذا لم تُفتح نافذة متصفح، فانسخ رابط تسجيل الدخول إلى متصفحك.</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>حاول تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>اكتبه كما ظهر عند إعداد خزنة المفاتيح؛ يتم تجاهل المسافات والشرطات.</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>تنسيق تصدير غير معروف %1؛ استخدم &apos;whatsapp&apos; أو &apos;telegram&apos;.</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>جارٍ فتح قفل النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>جارٍ فتح قفل نسخة iPhone الاحتياطية</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>استخدم عميل Google Cloud الخاص بك: الإعدادات ← Google Drive ← &quot;استخدام عميل Google Cloud الخاص بك…&quot; (الخطوات في docs/DRIVE.md)، أو جرّب محاكي Drive.</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>لم تسمح لـ backupgui باستخدام Google Drive.</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>ملف وسائط في المكتبة تالف وتم تخطيه (%1).</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>ملف وسائط مفقود من المكتبة (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>مجموعة النسخ الاحتياطية %1 لا تُفتح بهذا المفتاح أو كلمة المرور هذه؛ تم تجاهلها.</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>تعذّر حذف النسخ الاحتياطية القديمة هذه المرة (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>تعذّر على خزنة المفاتيح تسجيل هذه النسخة الاحتياطية على أنها الأحدث، لذلك لن تتمكن الاستعادة على كمبيوتر آخر من معرفة ما إذا كان مخزن النسخ الاحتياطية قد أُعيد إلى حالة سابقة (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>سجل هذه النسخة الاحتياطية في خزنة المفاتيح أقدم من ربط الحساب: يمكن لأي شخص لديه نسخة من النسخة الاحتياطية أن يستنفد محاولات كلمة المرور. أنشئ نسخة احتياطية واحدة بكلمة المرور (backupgui-cli backup) لربطها بحسابك (docs/VAULT.md 1.6).</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>دردشة معرّفها ليس معرّف واتساب</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>رسالة ليست كائن JSON</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>المرفق %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>بيانات ثنائية</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>دردشات غير موجودة في قائمة الدردشات في قاعدة البيانات</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>تاريخ أو وقت غير صالح (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>الأسطر %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>الرسالة %1 (السطر %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>رسائل من أنواع لا يستطيع backupgui عرضها (مكالمات، استطلاعات، مدفوعات...)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>رسائل بلا تاريخ صالح</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>لا يوجد تاريخ مقروء</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>نص UTF-8 غير صالح</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>تحديثات الحالة (ليست دردشة)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>إشعارات نظام من نوع لا يعرضه backupgui</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>نص قبل الرسالة الأولى</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>تعذّرت قراءة باقي الملف (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>علامة ص/م غير معروفة في الوقت</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>نوع رسالة غير معروف %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من backupgui (رسائلها بإصدار التنسيق %1)، وهذا الإصدار لا يستطيع قراءتها.</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>حدّث backupgui إلى أحدث إصدار، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 ليس دردشة مُصدَّرة من WhatsApp: السطر %2 يحتوي على بيانات ثنائية.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 ليس دردشة مُصدَّرة من WhatsApp: السطر %2 ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من backupgui (حزمتها %1 بإصدار التنسيق %2)، وهذا الإصدار لا يستطيع قراءتها.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>جارٍ الإنهاء</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>جارٍ التحضير</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>رفضت خزنة المفاتيح بيانات اعتماد هذا الكمبيوتر ورمز الاسترداد. إذا كان إصدار أقدم من backupgui قد أعدّ خزنة المفاتيح لهذه النسخة الاحتياطية، فيجب تحديث خزنة المفاتيح أولًا: هذا الإصدار لا يرسل بيانات الاعتماد ولا الرمز أبدًا.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>خزنة المفاتيح هذه قديمة جدًا: لا تستطيع التحقق من بيانات اعتماد هذا الكمبيوتر أو من رمز الاسترداد دون أن تستلمهما، وهذا التطبيق لا يرسلهما أبدًا. لم يُرسل شيء. حدّث خزنة المفاتيح.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من backupgui (فهرسها %1 بإصدار التنسيق %2)، وهذا الإصدار لا يستطيع قراءتها.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من backupgui (لقطتها %1 بإصدار التنسيق %2)، وهذا الإصدار لا يستطيع قراءتها.</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>الحزمة %1 غير مدرجة في أي فهرس وأنشأها إصدار أحدث من backupgui (إصدار التنسيق %2): حدّث backupgui قبل النسخ الاحتياطي التالي</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>اختفى مجلد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>امتلأ مجلد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>مجلد النسخ الاحتياطي للقراءة فقط.</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>لا ينشئ backupgui إلا مجلد النسخ الاحتياطي نفسه، ولا ينشئ أبدًا المجلدات التي فوقه: تحقّق من المسار، أو وصّل محرك الأقراص الذي يحتويه.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>لا يُسمح لـ backupgui بالكتابة في مجلد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>وصّل محرك الأقراص الذي يحتويه، أو اختر مجلد النسخ الاحتياطي مرة أخرى.</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>أفرغ بعض المساحة على محرك الأقراص الذي يحتوي مجلد النسخ الاحتياطي، أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>لا تسمح خزنة المفاتيح بتجربة كلمة مرور هذه النسخة الاحتياطية إلا لحساب Google الذي تنتمي إليه. سجّل الدخول إلى Google Drive (مع إذن الوصول إلى هوية حسابك) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>لا تسمح خزنة المفاتيح بتجربة كلمة مرور هذه النسخة الاحتياطية إلا لأجهزتها. على كمبيوتر جديد، أدخل رمز الاسترداد الذي حفظته عند إعداد خزنة المفاتيح.</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>تُكتب عمليات الرفع إلى Google Drive أولًا في مجلد ذاكرة التخزين المؤقت على هذا الكمبيوتر: أفرغ بعض المساحة هناك (أو اضبط BACKUPGUI_DRIVE_SPOOL)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>انتظر حتى ينتهي أو ألغِه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>استبعد هذه الدردشة من النسخة الاحتياطية، أو احذف بعض رسائلها في ذلك الشهر، ثم أعد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>مجموعة النسخ الاحتياطية %1 لا تُفتح بهذا المفتاح أو كلمة المرور هذه؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>الحزمة %1 غير مدرجة في أي فهرس (تركتها نسخة احتياطية انقطعت؛ ستعتمدها النسخة الاحتياطية التالية)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>الحزمة %1 غير مدرجة في أي فهرس ولا تجتاز المصادقة؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>كائن غير معروف %1 (ليس اسمًا من backupgui)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>كائن غير معروف %1 (ليس اسمًا من backupgui)؛ تم تجاهله</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>جارٍ إنشاء مجموعة النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>تحقّق من المفتاح، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>تحقّق من كلمة المرور، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>أحد ملفات هذه النسخة الاحتياطية مفقود من Google Drive.</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>انسخ احتياطيًا مرة أخرى: سيُرسَل الجزء التالف من جديد.</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>تحقّق من الاتصال بالإنترنت، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>تعذّرت الكتابة في مجلد ذاكرة التخزين المؤقت لعمليات الرفع إلى Google Drive.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>تعذّر الوصول إلى Google Drive؛ توقّفت المحاولة بعد %1 محاولات.</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>أعطى Google Drive ردًّا غير صالح للاستخدام.</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>ظلّ Google Drive يقطع عملية رفع.</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>ظلّ Google Drive يفشل؛ توقّفت المحاولة بعد %1 محاولات.</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>رفض Google Drive الطلب.</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>رفض Google Drive إعطاء تفاصيل الحساب.</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>رفض Google Drive تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>وصل جزء من هذه النسخة الاحتياطية إلى Google Drive تالفًا.</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>رفضت Google تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>فشل تسجيل الدخول إلى Google.</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>امتلأ مجلد ذاكرة التخزين المؤقت لعمليات الرفع إلى Google Drive.</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>انتهت عملية الرفع هذه إلى Google Drive بالفعل.</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>حاول مرة أخرى لاحقًا، أو سجّل الدخول إلى Google Drive مرة أخرى.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>حاول مرة أخرى لاحقًا. إن ظلّ Google Drive يرفض، فسجّل الدخول مرة أخرى؛ ردّ Google موجود في السجل.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>أجاب Google Drive ببطء شديد.</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>لم يُجب Google على تسجيل الدخول في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>أجابت خزنة المفاتيح على %1 ببطء شديد.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>أجاب Google Drive ببطء شديد: لم تكتمل أي إجابة ضمن مهلتها؛ توقفت المحاولة بعد %1 محاولات.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 مشفّر: أدخل المفتاح المكوّن من %2 رقمًا (أو ملف المفتاح) الذي يفتحه.</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>تُفتح نسخة .crypt15 بالمفتاح المكوّن من %1 رقمًا (أو بملف encrypted_backup.key)، وتُفتح نسخة .crypt14 أو .crypt12 بالملف المسمى &quot;key&quot; وحجمه %2 بايت.</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>يتكون مفتاح النسخ الاحتياطي من %1 حرفًا من 0-9 وa-f؛ يتم تجاهل المسافات والشرطات.</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>يتكون مفتاح النسخ الاحتياطي من %1 رقمًا؛ وفي هذا المفتاح %2 من الأرقام.</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>يتكون رمز الاسترداد لخزنة المفاتيح من %1 رقمًا من 0-9 وa-f (%2 مجموعة من %3)؛ هذا النص ليس رمز استرداد.</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>تحقّق من المفتاح المكوّن من %1 رقمًا (لا يعرضه WhatsApp إلا عند تشغيل النسخ الاحتياطي المشفّر تمامًا بين الطرفين) أو اختر ملف المفتاح الخاص بهذه النسخة.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>احتفظ بما بين %1 و%2 من النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>لم يتم العثور على مفتاح نسخ احتياطي مكوّن من %1 رقمًا في هذا النص أو الملف.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>افتح backupgui وانقر على &quot;نسخ احتياطي&quot; لإدخال كلمة المرور أو المفتاح المكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>التبديل إلى مفتاح مكوّن من %1 رقمًا يعرض مفتاح النسخة الاحتياطية نفسه؛ ولا يمكن استبداله.</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>المفتاح المكوّن من %1 رقمًا غير صحيح لهذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>يتكون مفتاح WhatsApp من %1 رقمًا؛ وفي النص المُدخل %2 من الأرقام.</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>يجب أن يكون مفتاح WhatsApp بحجم %1 بايت (%2 رقمًا).</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>أتلفت خزنة المفاتيح مفتاح هذه النسخة الاحتياطية بعد محاولات كثيرة بكلمات مرور خاطئة. لم تعد كلمة المرور تفتح هذه النسخة الاحتياطية؛ لا يفتحها إلا مفتاحها المكوّن من %1 رقمًا، إن كنت قد حفظته.</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>هوية خزنة المفاتيح (مفتاح الخادم) تختلف عن الهوية التي أُنشئت بها هذه النسخة الاحتياطية. لم يُرسل شيء؛ تحقّق من عنوان الخزنة أو استعد باستخدام المفتاح المكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>إعدادات Argon2id لكلمة المرور خارج الحدود: %1 ميبيبايت من الذاكرة و%2 تمريرة و%3 مسارًا على الأكثر.</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>يتكون رمز الاسترداد من %1 رقمًا في %2 مجموعة.</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>هذه النسخة الاحتياطية محمية بمفتاح مكوّن من %1 رقمًا؛ أدخل المفتاح بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>هذه النسخة الاحتياطية محمية بكلمة مرور مع خزنة المفاتيح، وليس بمفتاح مكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>هذه النسخة الاحتياطية محمية بكلمة مرور، وليس بمفتاح مكوّن من %1 رقمًا أو بخزنة.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>هذه النسخة الاحتياطية محمية بكلمة مرور، وليس بمفتاح مكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>هذا الملف ليس مفتاح WhatsApp: ليس ملف مفتاح ولا نصًا يحتوي على المفتاح المكوّن من %1 رقمًا.</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>هذه نسخة %1: تُفتح بالملف المسمى &quot;key&quot; من الهاتف وحجمه %2 بايت، وليس بمفتاح مكوّن من %3 رقمًا.</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>هذه نسخة .crypt15 (مشفّرة تمامًا بين الطرفين): تُفتح بالمفتاح المكوّن من %1 رقمًا أو بملف encrypted_backup.key، وليس بملف مفتاح النسخ القديمة.</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>حجم ملف المفتاح هذا %1 بايت؛ وملفات WhatsApp حجمها %2 ‏(encrypted_backup.key) أو %3 ‏(key).</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>يحتوي هذا النص على أكثر من مفتاح مكوّن من %1 رقمًا؛ استخدم مفتاح النسخة الاحتياطية فقط.</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>وقت مستحيل %1:%2 في نظام %3 ساعة</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>إذا كنت قد حذفت النسخة الاحتياطية الجديدة بنفسك، فأنشئ مفتاحًا جديدًا (كلمة مرور جديدة ومفتاح نسخ احتياطي جديد، أو backupgui-cli key rotate): فهو ينسخ احتياطيًا إلى مجموعة جديدة ويزيل القديمة.</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>حزم مذكورة في فهرس النسخة الاحتياطية لكنها مفقودة من المكان: %1. يُرسَل ما كانت تحويه من جديد.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>استُبدلت مجموعة النسخ الاحتياطية هذه (%1) بمفتاح جديد على هذا الكمبيوتر (بالمجموعة %2)، لكن المكان يعرضها من جديد بدلًا من المجموعة الجديدة: ربما أُعيد المخزن إلى حالة سابقة أو حُذفت النسخة الاحتياطية الجديدة.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>استُبدلت مجموعة النسخ الاحتياطية هذه (%1) بمفتاح جديد على هذا الكمبيوتر (بالمجموعة %2)، لكن المكان يعرضها من جديد بدلًا من المجموعة الجديدة: ربما أُعيد المخزن إلى حالة سابقة أو حُذفت النسخة الاحتياطية الجديدة. لم يُنسخ أي شيء إلى المجموعة القديمة.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>جارٍ الرفع</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>جارٍ قراءة قائمة دردشات النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>تسرد هذه النسخة الاحتياطية محادثات أكثر مما يستطيع backupgui عرضه دفعة واحدة؛ ربما تم العبث بها. لم يتم تغيير أي شيء.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>يحتوي %1 على عدة ملفات .txt؛ اختر واحدًا منها: %2.</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>أفرغ %1 على الأقل في Google Drive (وأكثر للنسخ الاحتياطية اللاحقة) أو اشترِ مساحة تخزين إضافية، ثم انسخ احتياطيًا من جديد.</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>أفرغ مساحة في Google Drive أو اشترِ مساحة تخزين إضافية، ثم انسخ احتياطيًا من جديد.</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>Google Drive ممتلئ (المستخدم %1 من %2).</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>Google Drive ممتلئ (المستخدم %1).</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>Google Drive ممتلئ.</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>Google Drive ممتلئ: يحتاج الجزء التالي من هذه النسخة الاحتياطية إلى %1 (المستخدم %2).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>Google Drive ممتلئ: يحتاج الجزء التالي من هذه النسخة الاحتياطية إلى %1 والمساحة الفارغة %2 فقط (المستخدم %3 من %4).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>Google Drive ممتلئ: يحتاج الجزء التالي من هذه النسخة الاحتياطية إلى %1.</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>لا تتحقق أي نسخة احتياطية في %1 بهذا المفتاح (%2).</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>لا تتحقق أي نسخة احتياطية في %1 بهذا المفتاح.</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>لا تتوفر أي خدمة لسلسلة المفاتيح على هذا النظام. لا يمكن تذكّر تسجيل الدخول إلى Google.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>لا يتوفر مخزن آمن لكلمات المرور (سلسلة مفاتيح) على هذا النظام. لا يمكن تذكّر تسجيل الدخول إلى Google.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>تعذّرت قراءة ملف عميل Google OAuth ‏%1: بنيته متداخلة بعمق زائد.</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>لم تتمكن خزنة المفاتيح من تحديد أحدث نسخة احتياطية (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>تحدّ خزنة المفاتيح من الطلبات؛ حاول مرة أخرى بعد بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>سلسلة المفاتيح في هذا الكمبيوتر غير مخصصة للبيانات السرية. لا يمكن تذكّر تسجيل الدخول إلى Google.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>أحدث نسخة احتياطية تعرفها خزنة المفاتيح، %1 (النسخة رقم %2)، غير موجودة في المكان (أحدث نسخة موجودة: %3، النسخة رقم %4). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>أحدث نسخة احتياطية تعرفها خزنة المفاتيح، %1 (النسخة رقم %2)، غير موجودة في المكان (لم يُعثر على أي نسخة احتياطية). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>أحدث نسخة احتياطية تعرفها خزنة المفاتيح، %1، غير موجودة في المكان (أحدث نسخة موجودة: %2، النسخة رقم %3). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>أحدث نسخة احتياطية تعرفها خزنة المفاتيح، %1، غير موجودة في المكان (لم يُعثر على أي نسخة احتياطية). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>أحدث نسخة احتياطية يعرفها هذا الكمبيوتر، %1 (النسخة رقم %2)، غير موجودة في المكان (أحدث نسخة موجودة: %3، النسخة رقم %4). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>أحدث نسخة احتياطية يعرفها هذا الكمبيوتر، %1 (النسخة رقم %2)، غير موجودة في المكان (لم يُعثر على أي نسخة احتياطية). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>أحدث نسخة احتياطية يعرفها هذا الكمبيوتر، %1، غير موجودة في المكان (أحدث نسخة موجودة: %2، النسخة رقم %3). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>أحدث نسخة احتياطية يعرفها هذا الكمبيوتر، %1، غير موجودة في المكان (لم يُعثر على أي نسخة احتياطية). ربما أُعيد المخزن إلى حالة سابقة أو حُذفت نسخ احتياطية.</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>سلسلة المفاتيح الوحيدة الموجودة تحفظ البيانات السرية في ملف عادي غير مشفّر. لا يمكن تذكّر تسجيل الدخول إلى Google.</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>توجد أكثر من نسخة احتياطية مطابقة لـ %1 في %2.</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>لا توجد نسخة احتياطية مطابقة لـ %1 في %2.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>كلمة مرور خاطئة. تسمح خزنة المفاتيح بـ %1 من المحاولات الأخرى قبل أن تتلف المفتاح.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>كلمة مرور خاطئة. تسمح خزنة المفاتيح بمحاولة واحدة أخرى فقط قبل أن تتلف المفتاح.</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>توجد عملية استعادة قيد التشغيل بالفعل (بدأها %1).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>توجد عملية استعادة قيد التشغيل بالفعل (بدأها %1، في %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>توجد عملية استعادة قيد التشغيل بالفعل (بدأها %1، العملية %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>توجد عملية استعادة قيد التشغيل بالفعل (بدأها %1، العملية %2، في %3).</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>توجد عملية استعادة قيد التشغيل بالفعل.</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>توجد نسخة احتياطية أخرى قيد التشغيل بالفعل (بدأها %1).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>توجد نسخة احتياطية أخرى قيد التشغيل بالفعل (بدأها %1، في %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>توجد نسخة احتياطية أخرى قيد التشغيل بالفعل (بدأها %1، العملية %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>توجد نسخة احتياطية أخرى قيد التشغيل بالفعل (بدأها %1، العملية %2، في %3).</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>توجد نسخة احتياطية أخرى قيد التشغيل بالفعل.</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>الكتلة %1 ليست في أي حزمة</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>محتوى كتلة الوسائط %1 خاطئ</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>كتلة الرسائل %1 أكبر مما يسمح به التنسيق</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>الحزمة %1 مفقودة</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>النسخة الاحتياطية تالفة (عدد المشكلات: %1): %2.</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>كائن النسخة الاحتياطية %1 تالف.</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>الكتلة %1 مقطوعة</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>تم تجاهل الفهرس %1: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>اختفى الكائن أثناء قراءته</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>الكائن لا يجتاز فحص المصادقة</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>في الكائن بنية أكثر مما في أي كائن صالح (قراءته تتطلب ذاكرة أكثر من اللازم)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>الكائن مقطوع</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>الكائن أكبر مما يسمح به التنسيق</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>الكائن مشوّه</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>الكائن ليس بيانات مضغوطة صالحة</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>البيان %1 لا يجتاز فحص المصادقة</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>في البيان %1 بنية أكثر مما في أي بيان صالح (قراءته تتطلب ذاكرة أكثر من اللازم)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>البيان %1 مقطوع</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>البيان %1 أكبر مما يسمح به التنسيق</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>البيان %1 مشوّه</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>البيان %1 ليس بيانات مضغوطة صالحة</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>الحزمة %1 لا تجتاز فحص المصادقة</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>الحزمة %1 مقطوعة</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>الحزمة %1 أكبر مما يسمح به التنسيق</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>الحزمة %1 أطول مما يذكره فهرسها</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>الحزمة %1 مشوّهة</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>تم تجاهل اللقطة %1: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>رسائل %1 في %2 مقطوعة</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>رسائل %1 في %2 أكبر مما يسمح به التنسيق</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>رسائل %1 في %2 مشوّهة</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>رسائل %1 في %2 ليست الرسائل التي تذكرها النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>رسائل %1 في %2 ليست بيانات مضغوطة صالحة</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>رسائل %1 في %2 لا تجتاز فحص المصادقة</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>في رسائل %1 في %2 بنية أكثر مما في أي كتلة صالحة (قراءتها تتطلب ذاكرة أكثر من اللازم)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>النسخة الاحتياطية تالفة (عدد المشكلات: %1)، ومنها: %2.</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>جارٍ حذف المفتاح القديم من خزنة المفاتيح</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>ما زالت خزنة المفاتيح %1 تحتفظ بمفتاح مجموعة النسخ الاحتياطية القديمة %2، وتعذّر حذفه (%3) يستطيع من احتفظ بنسخة من تلك المجموعة أن يفتحها هناك بكلمة المرور القديمة.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>ما زالت خزنة المفاتيح %1 تحتفظ بمفتاح مجموعة النسخ الاحتياطية القديمة %2: لم تُعطَ كلمة مرور لحذفه. يستطيع من احتفظ بنسخة من تلك المجموعة أن يفتحها هناك بكلمة المرور القديمة.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>ما زالت خزنة المفاتيح %1 تحتفظ بمفتاح مجموعة النسخ الاحتياطية القديمة %2: توقّف المفتاح الجديد أو الحماية الجديدة التي حلّت محل المجموعة قبل حذف المفتاح. يستطيع من احتفظ بنسخة من تلك المجموعة أن يفتحها هناك بكلمة المرور القديمة.</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>يُحذف سجل خزنة المفاتيح بكلمة المرور الخاصة به، لا بمفتاح من %1 رقمًا.</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>لا تحتوي خزنة المفاتيح على مفتاح لهذه النسخة الاحتياطية (ربما تم حذفه).</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>توقفت خزنة المفاتيح عن الرد أثناء تغيير كلمة المرور؛ ربما أصبحت كلمة المرور الجديدة سارية بالفعل.</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>توقفت خزنة المفاتيح عن الرد أثناء حذف مفتاح هذه النسخة الاحتياطية؛ ربما حُذف المفتاح بالفعل.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>كلمة مرور خاطئة. لم تُجب خزنة المفاتيح عن عدد المحاولات المتبقية.</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>اكتب فيه عنوان وكيل http:// أو socks5:// أو socks5h://، أو احذف هذا الإعداد.</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>لا يمكن استخدام الوكيل المضبوط في %1: وكلاء %2 غير مدعومين (فقط http وsocks5 وsocks5h).</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>لا يمكن استخدام الوكيل المضبوط في %1: ما فيه ليس عنوان وكيل.</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>قارن هذه المجموعة بالمفتاح الذي حفظته، أو افتح ملف المفتاح الذي حفظته.</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>في المجموعة %1 من المفتاح %2 من الأرقام بدلًا من %3 أرقام.</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>المجموعة %1 من المفتاح فيها «%2»، ولا يحتوي أي مفتاح عليه: المفتاح لا يحتوي إلا على الأرقام 0-9 والحروف a-f.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>استبعد هذه الدردشة من النسخة الاحتياطية، ثم أعد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>أنشئ مفتاحًا جديدًا (كلمة مرور جديدة ومفتاح نسخ احتياطي جديد، أو backupgui-cli key rotate): فهو ينسخ احتياطيًا إلى مجموعة جديدة ويزيل هذه المجموعة.</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>تحتوي الدردشة %1 على رسالة مؤرخة خارج السنوات من %2 إلى %3، ولا يمكن لنسخة احتياطية أن تحملها. تم إيقاف النسخ الاحتياطي؛ المكتبة والنسخ الاحتياطية السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>تحتوي مجموعة النسخ الاحتياطية هذه (%1) على نسخة احتياطية تحمل أعلى رقم يمكن أن تحمله نسخة احتياطية، ولا تبلغه إلا نسخة احتياطية مصطنعة: لا يمكن أن تليها أي نسخة احتياطية. لم يُنسخ أي شيء.</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>الكائن %1 ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>محتوى الملف %1 غير صحيح</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>الملف %1 مفقود</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>رسائل %1 في %2 مفقودة</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>تعذّرت قراءة %1: القرص ممتلئ.</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>تعذّرت قراءة %1: لا تتوفر ذاكرة كافية.</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>تعذّرت قراءة %1 من القرص؛ انسخه مرة أخرى وحاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 ملف zip تالف.</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1 مضغوط بطريقة لا يستطيع backupgui قراءتها؛ فك ضغطه ببرنامج آخر واختر المجلد.</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 ناقص (لم يكتمل التنزيل أو النسخ)؛ انسخه مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 تالف أو ليس قاعدة بيانات.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 تالف.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 قيد الاستخدام في برنامج آخر؛ أغلقه وحاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 ليس قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>حقيبة مفاتيح النسخة الاحتياطية تالفة.</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>قاعدة بيانات الرسائل</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>جزء من مساره ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>لا يملك backupgui إذنًا باستخدامه (تحقّق من أذوناته)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>غير موجود (ربما نُقل أو حُذف)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>يمر عبر عدد كبير جدًا من الروابط الرمزية (أو عبر حلقة منها)</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>اسمه أطول مما يسمح به هذا النظام</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>مرفوض: أصبح رابطًا رمزيًا أثناء الاستيراد</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>مرفوض: لم يعد ملفًا عاديًا</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>أبلغ القرص عن خطأ في القراءة أو الكتابة (ربما يكون معطوبًا أو أُزيل)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>أبلغ النظام عن خطأ (التفاصيل في السجل)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>جارٍ التحقق من المساحة الحرة</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>أفرغ بعض المساحة على القرص أو استعد دردشات أقل. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>لا توجد مساحة حرة كافية للاستعادة: المطلوب نحو %1 ميغابايت، والمساحة الحرة %2 ميغابايت على قرص المكتبة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>غيّر أذونات الملف، أو اختر نسخة تملكها.</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>تحقق من أن مجلدها موجود وأنه يُسمح لك بالقراءة منه والكتابة فيه.</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>تحقق من المحرك، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>تحقق من أذونات المجلد، أو مما إذا كان محركه مركّبًا للقراءة فقط.</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>اختر مجلد النسخ الاحتياطي مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>اختر ملف JSON الخاص بالعميل نفسه.</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>انقل ذلك المجلد خارج مجلد النسخ الاحتياطي، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>استعد المكتبة من نسخة احتياطية، أو انقل الملف إلى مكان آخر لبدء مكتبة جديدة.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>لا يمكن الوصول إلى ملف عميل Google OAuth ‏%1: أحد المجلدات في طريقه ملف.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>ملف عميل Google OAuth ‏%1 مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>ملف عميل Google OAuth ‏%1 ليس ملف عميل: إنه ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>ملف عميل Google OAuth ‏%1 أكبر من أن يكون ملف عميل.</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>يحتوي مجلد النسخ الاحتياطي على مجلد في مكان يخص ملفًا من النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>مجلد النسخ الاحتياطي، أو مجلد في طريقه، ملف أو رابط بدلًا من مجلد.</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>لا يمكن تغيير مكتبة الدردشات: ملفها أو مجلدها للقراءة فقط.</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>تعذّر استخدام مكتبة الدردشات.</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>لا يمكن فتح ملف مكتبة الدردشات.</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>ملف مكتبة الدردشات تالف.</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>ملف مكتبة الدردشات ليس مكتبة دردشات (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>أبلغ القرص الذي يحمل مكتبة الدردشات عن خطأ.</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>أبلغ المحرك الذي يحمل مجلد النسخ الاحتياطي عن خطأ.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>رسائل %1 في %2 أكبر مما تتسع له نسخة احتياطية واحدة (%3 ميبيبايت على الأكثر لكل دردشة وشهر). تم إيقاف النسخ الاحتياطي؛ المكتبة والنسخ الاحتياطية السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>رسائل %1 في %2 أكبر مما تتسع له نسخة احتياطية واحدة (%3 بايت على الأكثر لكل دردشة وشهر). تم إيقاف النسخ الاحتياطي؛ المكتبة والنسخ الاحتياطية السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>لا توجد مساحة فارغة كافية على القرص لمكتبة الدردشات.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>أعد المحاولة؛ وإن تكرر ذلك فالتفاصيل في السجل.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>لا يُسمح لـ backupgui بقراءة ملف عميل Google OAuth ‏%1.</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>المجلد %1 في الطريق إلى الكائن %2 رابط أو ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>تعذّر الوصول إلى Google لإكمال تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>لم تقبل Google رد تسجيل الدخول: انتهت صلاحيته أو استُخدم من قبل.</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>لا تقبل Google عميل OAuth هذا: حُذف، أو ملف العميل قديم.</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>رفض مخزن كلمات المرور الطلب: ربما يكون مقفلًا، أو ربما لا تعمل خدمته.</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>يجب أن يكون عنوان خزنة المفاتيح عنوان ويب (http:// أو https://)، أو عدة عناوين للخزنة نفسها مفصولة بفواصل: %1 على الأكثر، دون تكرار.</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>لخزنة المفاتيح على %1 هوية (مفتاح خادم) مختلفة عن الخزنة على %2؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>اختر للنسخ الاحتياطية الأقدم من %1 إلى %2 من الأيام أو الأسابيع أو الأشهر أو السنوات.</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>أحد ملفات النسخة الاحتياطية أكبر مما يسمح به القرص الذي يحمل مجلد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>تحقق من الاتصال بقرص الشبكة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>اختر مجلدًا على قرص يقبل الملفات الكبيرة (ليس FAT32)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>اختر مجلدًا بمسار أقصر.</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>أغلق بعض البرامج، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>يتعذر قراءة ملف عميل Google OAuth ‏%1: %2.</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>نفدت ذاكرة الكمبيوتر أو عدد الملفات المفتوحة أثناء استخدام مجلد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>لم يستجب قرص الشبكة الذي يحمل مجلد النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>مسار مجلد النسخ الاحتياطي طويل جدًا على هذا النظام.</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>برنامج آخر يستخدمه (أغلق ذلك البرنامج وحاول مرة أخرى)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>الملف أكبر مما يسمح به هذا القرص أو الحساب</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>لم يستجب قرص الشبكة الذي يحمله (تحقق من الاتصال)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>في النظام ملفات مفتوحة كثيرة جدًا (أغلق بعض البرامج وحاول مرة أخرى)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>لا توجد ذاكرة كافية (أغلق بعض البرامج وحاول مرة أخرى)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 ليس ملفًا عاديًا؛ لن تتم قراءته.</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>تستغرق قراءة %1 وقتًا أطول بكثير مما تحتاجه قاعدة بيانات بحجمها؛ تم رفضها.</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>تسرد نسخة iPhone الاحتياطية هذه أكثر من %1 ملف من ملفات WhatsApp (Manifest.db)، أي أكثر مما يحتفظ به أي هاتف؛ تم رفضها.</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>بعض رسائل هذه النسخة الاحتياطية تختلف عن نسخة الرسالة نفسها في المكتبة (عُدّلت منذ ذلك الحين، أو غُيّرت في مكان آخر). تم الاحتفاظ بالنسختين.</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>بعض رسائل هذا التصدير تختلف عن نسخة الرسالة نفسها في المكتبة (عُدّلت منذ ذلك الحين، أو غُيّرت في مكان آخر). تم الاحتفاظ بالنسختين.</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>نسخ كمبيوتر آخر (%1) أيضًا احتياطيًا إلى مجموعة النسخ الاحتياطية هذه خلال آخر %2 من الأيام. لا يضيع شيء: تُحفظ النسخ الاحتياطية للجهازين في سجل واحد. إن كان كمبيوترًا استبدلته، فأوقف نسخه الاحتياطي هناك.</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>انسخ احتياطيًا مرة أخرى: يُرسل ما كانت تحويه الأجزاء المحذوفة من جديد.</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>حُذفت أثناء تشغيل هذا النسخ الاحتياطي أجزاء من النسخة الاحتياطية يعيد استخدامها: %1. ربما حذفها كمبيوتر آخر ينسخ احتياطيًا إلى مجموعة النسخ الاحتياطية نفسها. لم تُحفظ نسخة احتياطية جديدة؛ والنسخ الاحتياطية السابقة لم تتغير.</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>مكالمات لا يمكن قراءة سجلها</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>يقوم حاسوب آخر (%1) بالنسخ الاحتياطي إلى مجموعة النسخ الاحتياطية هذه؛ حاول مرة أخرى عندما ينتهي.</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>يقوم حاسوب آخر (%1) بتغيير مفتاح مجموعة النسخ الاحتياطية هذه أو كلمة مرورها؛ حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>يقوم حاسوب آخر (%1) بتنظيف مجموعة النسخ الاحتياطية هذه؛ حاول مرة أخرى بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>لم تُحذف النسخ الاحتياطية القديمة هذه المرة: حاسوب آخر (%1) يستخدم مجموعة النسخ الاحتياطية هذه. ستحذفها نسخة احتياطية لاحقة.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>لم تُحذف النسخ الاحتياطية القديمة هذه المرة: تحتوي مجموعة النسخ الاحتياطية على كائنات قفل أكثر مما تنشئه الحواسيب التي تنسخ احتياطيًا. ستحذفها نسخة احتياطية لاحقة.</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>في انتظار أن ينتهي حاسوب آخر من مجموعة النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>تحتوي مجموعة النسخ الاحتياطية على كائنات قفل حديثة عددها %1، وهذا أكثر مما تنشئه الحواسيب التي تنسخ احتياطيًا: ربما وضعها هناك شخص يستطيع الكتابة إلى الوجهة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>إعدادات النسخة الاحتياطية تالفة، أو هذه ليست نسخة احتياطية من backupgui.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>تم تغيير إعدادات النسخة الاحتياطية (فشل التحقق من المفتاح).</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>تم تغيير إعدادات النسخة الاحتياطية (لا تجتاز فحص المصادقة).</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>إعدادات مجموعة النسخ الاحتياطية %1 تخص مجموعة نسخ احتياطية أخرى.</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>تذكر إعدادات هذه النسخة الاحتياطية إصدار التنسيق %1، وهذا الإصدار من backupgui لا يستطيع قراءته. حدّث backupgui.</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>إعدادات مجموعة النسخ الاحتياطية %1 تالفة؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>مجموعة النسخ الاحتياطية %1 بلا إعدادات (ربما توقف تغيير المفتاح قبل أن يكتمل)؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>مكالمات بنتيجة لا يعرضها backupgui</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1، في دردشة أخرى</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>معدّلة: نسختان من هذه الرسالة. هذه: %1. الأخرى: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>نسختان من هذه الرسالة من مُرسِلَين مختلفين. هذه: %1. الأخرى: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>نسختان من هذه الرسالة. هذه: %1. الأخرى: %2.</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>كانت في المكتبة قبل أن تسجّل مصدر الرسائل</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>من نسخة احتياطية مستعادة في %1</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>من التصدير المستورد في %1</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>من نسخة الهاتف الاحتياطية المستوردة في %1</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>اضبط %1 على رمز مُنح بنطاق drive.appdata، أو ألغِ ضبطه لاستخدام تسجيل الدخول الذي حفظه التطبيق.</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>سجّل الدخول مرة أخرى، وفي صفحة Google حدّد المربع الذي يسمح لـ backupgui بعرض بياناته الخاصة في Google Drive وإنشائها وحذفها.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>سجّل الدخول إلى Google Drive مرة أخرى، وفي صفحة Google حدّد المربع الذي يسمح لـ backupgui بعرض بياناته الخاصة في Google Drive وإنشائها وحذفها.</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>تسجيل الدخول إلى Google لا يسمح لـ backupgui باستخدام Google Drive: لم يُحدَّد الإذن الخاص ببياناته في Google Drive.</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>رمز الوصول في %1 لا يسمح لـ backupgui باستخدام Google Drive (مُنح دون إذن Drive).</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>لم تسمح لـ backupgui باستخدام Google Drive: لم يُحدَّد الإذن الخاص ببياناته في Google Drive.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>اطلب من مشرف Google Workspace أن يسمح لـ backupgui باستخدام Google Drive، أو سجّل الدخول بحساب Google آخر. لن تفيد إعادة المحاولة حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>لا يسمح Google Drive لـ backupgui بالوصول: أوقف مشرف حساب Google Workspace هذا (حساب عمل أو مدرسة) تطبيقات Drive.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>اطلب من مشرف Google Workspace أن يسمح لـ backupgui، أو سجّل الدخول بحساب Google آخر.</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>سجّل الدخول بحساب من تلك المؤسسة، أو استخدم عميل OAuth آخر.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>لا يسمح مشرف حساب Google Workspace هذا (حساب عمل أو مدرسة) لـ backupgui بتسجيل الدخول به.</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>عميل OAuth هذا مخصص لحسابات Google في مؤسسته فقط، وهذا الحساب ليس منها.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>كلمة مرور خاطئة. تسمح خزنة المفاتيح بمحاولات أخرى كثيرة قبل أن تتلف المفتاح.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>اطلب من مشرف Google Workspace أن يُعِدّ الوصول لـ backupgui، أو سجّل الدخول بحساب Google آخر.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>لم يُعِدّ مشرف حساب Google Workspace for Education هذا (حساب مدرسة) الوصول لـ backupgui.</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>لم يتم اختيار مجلد</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>محاكي Google Drive ‏(%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Drive (لم يتم تسجيل الدخول)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>لم يتم اختيار مكان للنسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>افتح الإعدادات واختر مجلدًا أو Google Drive.</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>لم يتم اختيار مجلد للنسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>اختر مجلدًا من الإعدادات.</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>Google Drive غير متاح في هذا الإصدار بعد.</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>اختر مجلدًا مكانًا للحفظ من الإعدادات في الوقت الحالي.</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>مكان حفظ غير معروف.</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>اختر واحدًا من الإعدادات.</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>أنت غير مسجّل الدخول إلى Google Drive.</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>افتح الإعدادات وسجّل الدخول إلى Google Drive.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>لا يُسمح لـ backupgui باستخدام ملف أو مجلد يحتاج إليه.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>تحقّق من أذونات المجلد أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>أفرغ بعض المساحة على القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>حدث شيء لم يتوقعه backupgui.</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>لم تتغير دردشاتك ونسخك الاحتياطية. يحتوي السجل على التفاصيل؛ يُرجى إرفاقه إذا أبلغت عن المشكلة.</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>عرض السجل</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومات</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1/s</source>
        <comment>a transfer speed, e.g. 3.2 MB/s</comment>
        <translation>%1/ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds, abbreviated</comment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, abbreviated</comment>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds, abbreviated</comment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>أمس، %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>أمس، %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>two parts of a line of figures, e.g. &quot;3 chats · 40 messages&quot;; a mark that cannot be read as a digit of the language (Arabic: ، not ·, which reads as ٠)</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <comment>a size in kilobytes (1 kB = 1,000 bytes): the language&apos;s usual unit name, as its file manager or WhatsApp writes it</comment>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>a size in megabytes (1 MB = 1,000,000 bytes), written like the kB of the same language</comment>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>a size in gigabytes, written like the kB of the same language</comment>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <comment>a size in terabytes, written like the kB of the same language</comment>
        <translation>%1 تيرابايت</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>%1; %2</source>
        <extracomment>One problem of a list joined to the next (Arabic writes &quot;؛&quot;).</extracomment>
        <translation>%1؛ %2</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>backupgui शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>backupgui %1 में नहीं लिख सकता: %2।</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>उस फ़ोल्डर को लिखने लायक बनाएँ (या कुछ जगह खाली करें) और backupgui फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 किसी दूसरे उपयोगकर्ता (%2) का है; backupgui दूसरे उपयोगकर्ताओं के फ़ोल्डर इस्तेमाल नहीं करता।</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>backupgui root के रूप में चल रहा है, जो केवल root के अपने फ़ोल्डर इस्तेमाल करता है: backupgui को अपने ही उपयोगकर्ता से शुरू करें (sudo के बिना)।</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>अगर यह backupgui को sudo के साथ चलाने से बना है, तो टर्मिनल में इस कमांड से इसे अपने उपयोगकर्ता को वापस दें, या इसे हटा दें; फिर backupgui दोबारा शुरू करें:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>बैकअप के लिए कोई जगह नहीं चुनी गई है।</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>backupgui खोलें, फिर सेटिंग में जाकर कोई फ़ोल्डर या Google Drive चुनें।</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>एंड-टू-एंड एन्क्रिप्शन अभी सेट नहीं किया गया है।</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>इस कंप्यूटर में बैकअप की रखने के लिए कोई कीरिंग नहीं है, इसलिए ऑटोमैटिक बैकअप अपने-आप नहीं चल सकते।</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>बैकअप की इस कंप्यूटर पर सेव नहीं है।</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>बैकअप के लिए कोई चैट नहीं चुनी गई है।</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>जिन चैट का बैकअप लेना है, उन्हें backupgui में चुनें।</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>अगला ऑटोमैटिक बैकअप</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>बैकअप का शेड्यूल(&amp;S)…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>बैकअप का इतिहास(&amp;H)…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>backupgui चालू रहेगा</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>ऑटोमैटिक बैकअप सिस्टम ट्रे से चलते रहेंगे। इन्हें रोकने के लिए वहाँ &quot;बंद करें&quot; चुनें।</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>पासवर्ड या %1 अंकों वाली की चुनने के लिए backupgui खोलें और एक बार &quot;बैकअप लें&quot; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>सिस्टम की कीरिंग ने %1 सेकंड में जवाब नहीं दिया, इसलिए ऑटोमैटिक बैकअप अपने-आप नहीं चल सकते।</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>सिस्टम की कीरिंग लॉक है या उसने बैकअप की देने से मना कर दिया, इसलिए ऑटोमैटिक बैकअप अपने-आप नहीं चल सकते।</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>सेटिंग खोलें(&amp;S)</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>अभी बैकअप नहीं लिया जा सकता</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>बैकअप की जगह तक नहीं पहुँचा जा सका</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>इस जगह पर पहले से एक एन्क्रिप्ट किया गया बैकअप है। उसका पासवर्ड या की डालें, ताकि यह कंप्यूटर उसमें बैकअप लेता रहे।</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>इस कंप्यूटर में बैकअप की रखने के लिए कोई कीरिंग नहीं है, इसलिए हर बैकअप के समय अपना पासवर्ड या की डालें।</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>बैकअप पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>अभी नई की नहीं बनाई जा सकती</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>इस जगह पर पहला बैकअप पूरा होने से पहले रुक गया। उसके लिए चुनी गई %1 अंकों वाली की डालें, और बैकअप वहीं से आगे बढ़ेगा जहाँ वह रुका था।</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>इस जगह पर पहला बैकअप पूरा होने से पहले रुक गया। उसके लिए चुना गया पासवर्ड डालें, और बैकअप वहीं से आगे बढ़ेगा जहाँ वह रुका था।</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>एन्क्रिप्शन बदला गया, एक चेतावनी के साथ</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>बैकअप अब नए तरीके से सुरक्षित है, लेकिन:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फिर से कोशिश करें(&amp;T)</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>की वॉल्ट के साथ पासवर्ड</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>चैट बैकअप</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>अपनी चैट और मीडिया का बैकअप लें। सेव होने से पहले सब कुछ इसी कंप्यूटर पर एंड-टू-एंड एन्क्रिप्ट किया जाता है।</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>पिछला बैकअप</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>बैकअप की जगह</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>एंड-टू-एंड एन्क्रिप्शन</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>इस कंप्यूटर पर की</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>एन्क्रिप्शन चालू करें…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>बंद करें…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>जगह बदलें…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>बैकअप के लिए चुनी गई</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>बैकअप लें(&amp;U)</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>चुनी गई चैट का बैकअप अभी लें (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>इस जगह पर अभी तक कोई नहीं</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>अभी नहीं चुनी गई</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>Google Drive एम्युलेटर</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>चालू · %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>एन्क्रिप्शन बदलें…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>बंद — पहले बैकअप के समय आप पासवर्ड या की चुनेंगे</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>कीरिंग जाँची जा रही है…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>इस कंप्यूटर पर कोई कीरिंग नहीं है: हर बैकअप के समय आपसे पासवर्ड या की माँगी जाएगी।</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>सिस्टम की कीरिंग में रखी गई है, इसलिए बैकअप बिना पूछे चलते हैं।</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>सिस्टम की कीरिंग में रखी जाएगी</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>पिछला बैकअप पूरा नहीं हुआ। %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>पिछला बैकअप रद्द कर दिया गया; उससे पहले वाला बैकअप जैसा था वैसा ही है।</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>कोई चैट नहीं चुनी गई</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 मीडिया</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 मीडिया (वीडियो के बिना)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln चैट</numerusform>
            <numerusform>%Ln चैट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln मैसेज</numerusform>
            <numerusform>%Ln मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>बैकअप लिया जा रहा है…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>बैकअप रद्द कर दिया गया, इसलिए इस जगह पर अभी कोई पूरा बैकअप नहीं है। जो पहले ही अपलोड हो चुका है वह रखा जाता है; अगला बैकअप वहीं से आगे बढ़ता है।</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1 · %2 चैट डेटा</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1 अंकों वाली की</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>इस बैकअप के साथ चालू हो रहा है · %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>पुरानी की मिटाएँ…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>बदले गए बैकअप की पुरानी की अब भी %1 पर की वॉल्ट में रखी है।</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>अभी चालू नहीं · %1 · पहला बैकअप पूरा होने से पहले रुक गया, इसलिए अगला बैकअप इसे फिर से माँगेगा</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>कोई बैकअप चुनें</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>सबसे नया बैकअप</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>फिर भी पुराना बैकअप रीस्टोर करें(&amp;A)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>मिले हुए बैकअप</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>यहाँ कोई बैकअप नहीं मिला। पक्का करें कि आपने वही फ़ोल्डर या खाता चुना है जिसमें आपने बैकअप लिया था।</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 मि.से.)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (सबसे नया)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;सबसे नया बैकअप: %1, %2 से&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>इनसे नए बैकअप बनाए गए थे, लेकिन वे इस जगह पर नहीं हैं (यह कंप्यूटर या की वॉल्ट उन्हें याद रखता है)। हो सकता है स्टोरेज को पुरानी स्थिति में लौटाया गया हो या बैकअप मिटाए गए हों।</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>जाँच लें कि यह आपका सबसे नया बैकअप है: इस कंप्यूटर पर या किसी की वॉल्ट में इस बैकअप का इतिहास दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>यह वह सबसे नया बैकअप है जिसके बारे में यह कंप्यूटर या की वॉल्ट जानता है।</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>संग्रहीत साइज़</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>गंतव्य पर बैकअप का साइज़, कंप्रेस और एन्क्रिप्ट किया हुआ</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>रोकें(&amp;S)</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>बैकअप की चैट पढ़ी जा रही हैं</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>इस कंप्यूटर पर कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>इस बैकअप की चैट पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>इस कंप्यूटर पर कुछ नहीं बदला। कोई दूसरा बैकअप चुनें, या फिर से कोशिश करने के लिए आगे दबाएँ।</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>रोका गया। इस कंप्यूटर पर कुछ नहीं बदला। इस बैकअप की चैट फिर से पढ़ने के लिए आगे दबाएँ।</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>सबसे नया चुना गया है। पुराने बैकअप सेटिंग्स में तय किए गए तरीके से रखे जाते हैं: डिफ़ॉल्ट रूप से, पिछले %1 में से हर एक के लिए एक बैकअप।</translation>
    </message>
</context>
<context>
    <name>ChatTableModel</name>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>मीडिया</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>आखिरी गतिविधि</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ग्रुप</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>व्यक्तिगत</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chat name — messages, media files</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln मैसेज</numerusform>
            <numerusform>%Ln मैसेज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln मीडिया फ़ाइल</numerusform>
            <numerusform>%Ln मीडिया फ़ाइलें</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1, बैकअप में शामिल</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1, बैकअप में शामिल नहीं</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1, %2, आखिरी गतिविधि %3</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln मैसेज</numerusform>
            <numerusform>%Ln मैसेज</numerusform>
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
            <numerusform>%Ln सदस्य</numerusform>
            <numerusform>%Ln सदस्य</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ग्रुप</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>यह चैट दिखाई नहीं जा सकती</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>चैट नहीं खोली जा सकी</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>यह मीडिया फ़ाइल इस कंप्यूटर पर नहीं है।</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>हो सकता है कि जिस बैकअप से इसे रीस्टोर किया गया, उसमें वीडियो शामिल न किए गए हों।</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>अटैचमेंट खोलें</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>“%1” कोई फ़ोटो, वीडियो, ऑडियो या PDF फ़ाइल नहीं है, इसलिए backupgui इसे नहीं खोलता।</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>दूसरी तरह की फ़ाइलें खोलने पर प्रोग्राम चला सकती हैं। अगर आप भेजने वाले पर भरोसा करते हैं, तो आप एक कॉपी सेव करके उसे खुद खोल सकते हैं।</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>इस रूप में सेव करें…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>अटैचमेंट सेव करें</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>अटैचमेंट सेव नहीं हो सका</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>%1 के मैसेज, सबसे पुराने पहले। ऐरो कुंजियों से मैसेज बदलें, Home और End पहले और सबसे नए मैसेज पर ले जाते हैं, Enter अटैचमेंट खोलता है, किसी जवाब पर Control+Enter उस मैसेज पर ले जाता है जिसका वह जवाब है और Esc चैट बंद करता है।</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>रीस्टोर करने के लिए चैट चुनें</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>सभी चुनें(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>कोई नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>बैकअप में मौजूद चैट</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>मर्ज करें(&amp;M): यहाँ जो है उसे रखें और जो मैसेज नहीं हैं उन्हें जोड़ें (सुझाया गया)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>यहाँ की चैट को बैकअप वाले वर्शन से बदलें(&amp;R)</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>%1 से बैकअप, %2: %3, %4, %5 मीडिया।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln चैट</numerusform>
            <numerusform>%Ln चैट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln मैसेज</numerusform>
            <numerusform>%Ln मैसेज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln मैसेज</numerusform>
            <numerusform>%1  ·  %Ln मैसेज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>इनमें से %Ln चैट पहले से इस कंप्यूटर पर है। उसका क्या करना है?</numerusform>
            <numerusform>इनमें से %Ln चैट पहले से इस कंप्यूटर पर हैं। उनका क्या करना है?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>%Ln में से %1 चैट चुनी गई</numerusform>
            <numerusform>%Ln में से %1 चैट चुनी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>इनमें से कोई भी चैट अभी इस कंप्यूटर पर नहीं है।</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>इस कंप्यूटर की जो चैट इस बैकअप में नहीं हैं, वे जैसी हैं वैसी ही रहती हैं।</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>बैकअप से अधिकतम %1 डाउनलोड होगा।</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>Google खाता</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>साइन इन करें(&amp;S)…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>backupgui की इस कॉपी में Google साइन-इन पहले से नहीं है। Google Drive पर बैकअप लेने के लिए अपना खुद का Google Cloud क्लाइंट इस्तेमाल करें (मुफ़्त; सहायता में चरण दिए गए हैं), या नीचे दिया गया Drive एम्युलेटर आज़माएं।</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>अपना खुद का Google Cloud क्लाइंट इस्तेमाल करें(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>बिल्ट-इन साइन-इन इस्तेमाल करें(&amp;B)</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>Google के बिना आज़माएं: इस पते पर Drive एम्युलेटर इस्तेमाल करें(&amp;E)</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>Drive एम्युलेटर का पता</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>साइन इन नहीं है</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>आपका अपना क्लाइंट: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>आपका Google Cloud OAuth क्लाइंट</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>क्लाइंट फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>यह क्लाइंट फ़ाइल इस्तेमाल नहीं की जा सकती</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>आपका अपना Google Cloud क्लाइंट</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>अपने खुद के Google Cloud क्लाइंट से Google Drive पर बैकअप</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>backupgui की इस कॉपी में Google साइन-इन पहले से नहीं है। Google Drive से रीस्टोर करने के लिए अपना खुद का Google Cloud क्लाइंट इस्तेमाल करें (मुफ़्त; सहायता में चरण दिए गए हैं), या नीचे दिया गया Drive एम्युलेटर आज़माएं।</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1. console.cloud.google.com खोलें और एक प्रोजेक्ट बनाएं।
%2. APIs &amp; Services → Library: Google Drive API चालू करें।
%3. OAuth consent screen: टाइप External चुनें; scope …/auth/drive.appdata और अपना Google खाता test user के रूप में जोड़ें (या ऐप पब्लिश करें)।
%4. Credentials → Create credentials → OAuth client ID → Desktop app; JSON फ़ाइल डाउनलोड करें।
%5. यहाँ: &quot;अपना खुद का Google Cloud क्लाइंट इस्तेमाल करें…&quot; से वह फ़ाइल चुनें, फिर साइन इन करें।

docs/DRIVE.md में हर चरण समझाया गया है।</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 के रूप में साइन इन है</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>%1 के रूप में साइन इन है (सिर्फ़ इस सेशन के लिए: कीरिंग नहीं है)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>यह खाता भूल जाएँ</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>इस कंप्यूटर पर %1 को भूल जाएँ?</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>साइन इन इस कंप्यूटर के पासवर्ड स्टोर से हटा दिया जाता है। आपके बैकअप Google Drive पर बने रहते हैं, और backupgui का वहाँ ऐक्सेस बना रहता है: बैकअप लेने या रीस्टोर करने के लिए इसी खाते से फिर से साइन इन करें। तब तक Google Drive पर बैकअप रुके रहेंगे।

अगर आप ये बैकअप रखना चाहते हैं, तो अपनी Google खाते की सेटिंग में backupgui का ऐक्सेस न हटाएँ: तब Google ऐप के छिपे फ़ोल्डर में रखे बैकअप मिटा देता है।</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>भूल जाएँ(&amp;F)</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>खाता भूला नहीं जा सका</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>इस कंप्यूटर पर यह खाता भूल जाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>कोई दूसरा खाता इस्तेमाल करें(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>एंड-टू-एंड एन्क्रिप्शन चालू करें</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>अपने बैकअप को अनलॉक करें</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>एंड-टू-एंड एन्क्रिप्शन बदलें</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>एंड-टू-एंड एन्क्रिप्शन बंद करें</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>अपना पासवर्ड जाँचें</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>अपनी की वॉल्ट को सुरक्षित करें</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>पीछे(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी रखें(&amp;C)</translation>
    </message>
    <message>
        <source>Without it, nobody can restore your chats on a new computer — not even us. Enter it to check; it is checked here, not sent anywhere.</source>
        <translation>इसके बिना कोई भी आपकी चैट को नए कंप्यूटर पर रीस्टोर नहीं कर सकता — हम भी नहीं। जाँचने के लिए इसे डालें; इसे यहीं जाँचा जाता है, कहीं भेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>अपना पासवर्ड डालें</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>इस जगह पर पहले से एक एन्क्रिप्ट किया गया बैकअप है। उसका पासवर्ड डालें, ताकि यह कंप्यूटर उसमें बैकअप लेता रहे।</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>अपना मौजूदा पासवर्ड डालें</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>बैकअप की सुरक्षा बदलने के लिए, पहले साबित करें कि आपको मौजूदा पासवर्ड पता है।</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>इस कंप्यूटर पर एंड-टू-एंड एन्क्रिप्शन बंद करने के लिए मौजूदा पासवर्ड ज़रूरी है।</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>क्या आपको अपना पासवर्ड अब भी याद है?</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>आपके बैकअप की की वॉल्ट तब सेट की गई थी जब वह आपको दूसरों से अलग नहीं पहचान सकती थी: बैकअप की कॉपी रखने वाला कोई भी व्यक्ति पासवर्ड आज़माकर इसकी कोशिशें खत्म कर सकता है। वॉल्ट को अपने Google खाते से जोड़ने के लिए एक बार अपना पासवर्ड डालें।</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>आपके बैकअप की की वॉल्ट तब सेट की गई थी जब वह आपको दूसरों से अलग नहीं पहचान सकती थी: बैकअप की कॉपी रखने वाला कोई भी व्यक्ति पासवर्ड आज़माकर इसकी कोशिशें खत्म कर सकता है। वॉल्ट को इस कंप्यूटर और एक नए रिकवरी कोड से जोड़ने के लिए एक बार अपना पासवर्ड डालें।</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड(&amp;P)</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>की वॉल्ट रिकवरी कोड(&amp;R)</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>की वॉल्ट रिकवरी कोड</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>गड़बड़ी</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>अपने बैकअप को सुरक्षित करें</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>नई सुरक्षा चुनें</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>नया पासवर्ड या नई की सिर्फ़ आपकी बैकअप की का ताला बदलती है; कुछ भी दोबारा अपलोड नहीं होता।</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>पासवर्ड इस्तेमाल करें(&amp;P)</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>एक रैंडम की, जिसे आप लिख लेते हैं या सेव कर लेते हैं। सबसे मज़बूत, पर इसे संभालकर रखें।</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>की वॉल्ट के साथ पासवर्ड इस्तेमाल करें(&amp;V)</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>%1 पर मौजूद की वॉल्ट आपकी की रखता है; यह सिर्फ़ कुछ ही गलत कोशिशों की अनुमति देता है।</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>नया पासवर्ड और नई बैकअप की(&amp;N)</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>लीक होने के बाद: एक नई की और पूरा नया बैकअप; पुराना मिटा दिया जाता है।</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>नया पासवर्ड आपकी बैकअप की को नहीं बदलता: आपके पुराने पासवर्ड वाली बैकअप सेटिंग की पुरानी कॉपी अब भी नए बैकअप खोल सकती है। अगर आपका पासवर्ड या की लीक हुई हो सकती है, तो &lt;b&gt;नया पासवर्ड और नई बैकअप की&lt;/b&gt; चुनें।</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>यह कैसे काम करता है</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>चैट और मीडिया को सेव करने से पहले इसी कंप्यूटर पर एक रैंडम बैकअप की से एन्क्रिप्ट किया जाता है।</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>यह कंप्यूटर बैकअप की को अपनी कीरिंग में रखता है, इसलिए आगे के बैकअप बिना पूछे चलते हैं।</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>आपका पासवर्ड कभी इस कंप्यूटर से बाहर नहीं जाता। (सेटिंग में की वॉल्ट सेट किया जा सकता है।)</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>पासवर्ड बनाएँ</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>नए कंप्यूटर पर अपनी चैट रीस्टोर करने के लिए आपको इस पासवर्ड की ज़रूरत होगी। यह कंप्यूटर बैकअप की याद रखता है, इसलिए हर बैकअप के समय आपसे यह नहीं पूछा जाएगा।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;इस पासवर्ड को कोई भी वापस नहीं ला सकता।&lt;/b&gt; अगर आप इसे भूल गए और यह कंप्यूटर खो गया, तो आपके बैकअप नहीं खुल पाएँगे — न आपसे, न हमसे।</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>इसे लिख लें या इस कंप्यूटर से दूर किसी सुरक्षित जगह पर सेव करें। नए कंप्यूटर पर अपनी चैट रीस्टोर करने के लिए आपको इसकी ज़रूरत होगी।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;इस की को कोई भी वापस नहीं ला सकता।&lt;/b&gt; जिसके पास यह है, वह आपके बैकअप पढ़ सकता है; अगर आपकी की और यह कंप्यूटर दोनों खो गए, तो आपके बैकअप नहीं खुल पाएँगे।</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>आपका रिकवरी कोड</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>की वॉल्ट सिर्फ़ इसी कंप्यूटर को आपका पासवर्ड आज़माने देता है। नए कंप्यूटर पर आपको अपने पासवर्ड के साथ इस कोड की ज़रूरत होगी। इसे लिख लें या इस कंप्यूटर से दूर किसी सुरक्षित जगह पर सेव करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;यह सिर्फ़ अभी दिखाया जा रहा है।&lt;/b&gt; इसके बिना कोई नया कंप्यूटर आपके पासवर्ड से आपका बैकअप रीस्टोर नहीं कर सकता। अकेले यह कोड आपका बैकअप नहीं खोल सकता।</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>अपनी की की पुष्टि करें</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>यह पक्का करने के लिए कि आपने की रख ली है, नीचे बताए गए ग्रुप अपनी की से टाइप करें।</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>ये ग्रुप नहीं मिल रहे? आपकी की अभी सेव नहीं हुई है: &lt;b&gt;पीछे&lt;/b&gt; जाएँ, फिर की को कॉपी करें या किसी फ़ाइल में सेव करें।</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>इस कंप्यूटर से बैकअप लेना बंद करें?</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>backupgui कभी भी बिना एन्क्रिप्शन वाला बैकअप नहीं बनाता।</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>चालू करें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>पासवर्ड सेव करें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>यह की इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>मैंने की सेव कर ली(&amp;K)</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>मैंने कोड सेव कर लिया(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>बंद करें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>जाँचें(&amp;C)</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>की वॉल्ट के लिए पासवर्ड बनाएँ</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>नई की के लिए नया पासवर्ड बनाएं</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>यह कंप्यूटर अपने-आप की वॉल्ट इस्तेमाल नहीं कर सकता। की वॉल्ट सेट करते समय सेव किया गया रिकवरी कोड, अपने पासवर्ड के साथ डालें।</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>जाँच अचानक फ़ेल हो गई; जानकारी के लिए लॉग देखें।</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>अपने रिकवरी कोड की पुष्टि करें</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>यह पक्का करने के लिए कि आपने कोड रख लिया है, नीचे बताए गए ग्रुप अपने रिकवरी कोड से टाइप करें।</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>ग्रुप %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>आपकी की का ग्रुप %1</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>यह आपके रिकवरी कोड से मेल नहीं खाता। कोड दोबारा देखने के लिए पीछे जाएँ और ग्रुप के नंबर जाँचें।</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>यह आपकी की से मेल नहीं खाता। की दोबारा देखने के लिए पीछे जाएँ और ग्रुप के नंबर जाँचें।</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>एन्क्रिप्शन नहीं बदला जा सका</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>इस जगह पर अभी कोई बैकअप नहीं है, इसलिए पासवर्ड यहाँ जाँचा नहीं जा सकता। पहले बैकअप लें: यहाँ का पहला बैकअप पूछेगा कि उसे कैसे सुरक्षित रखा जाए।</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>याद रखना आसान। कम से कम %1 कैरेक्टर। रीस्टोर करने के लिए इसकी ज़रूरत होगी।</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>ग्रुप %1 से %2 तक क्रमांकित हैं, बाएँ से दाएँ, ऊपर से नीचे। अक्षर बड़े या छोटे, किसी भी तरह टाइप किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>अपनी %1 अंकों वाली की डालें</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>इस जगह पर पहले से एक एन्क्रिप्ट किया गया बैकअप है। उसकी %1 अंकों वाली की डालें, ताकि यह कंप्यूटर उसमें बैकअप लेता रहे।</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>अपनी मौजूदा %1 अंकों वाली की डालें</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>बैकअप की सुरक्षा बदलने के लिए, पहले साबित करें कि आपको मौजूदा %1 अंकों वाली की पता है।</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>इस कंप्यूटर पर एंड-टू-एंड एन्क्रिप्शन बंद करने के लिए मौजूदा %1 अंकों वाली की ज़रूरी है।</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>क्या आपको अपनी %1 अंकों वाली की अब भी याद है?</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1 अंकों वाली की(&amp;K)</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>आपकी चैट इस कंप्यूटर से बाहर जाने से पहले यहीं एन्क्रिप्ट की जाती हैं। बैकअप को सिर्फ़ वही पढ़ सकता है जिसके पास आपका पासवर्ड या %1 अंकों वाली की है — न Google, न हम।</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>%1 अंकों वाली की इस्तेमाल करें(&amp;K)</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>नए कंप्यूटर पर आपका पासवर्ड या %1 अंकों वाली की बैकअप को अनलॉक करती है। कोई और ऐसा नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>आपकी %1 अंकों वाली की</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>यहाँ एंड-टू-एंड एन्क्रिप्शन बंद करने पर:&lt;ul&gt;&lt;li&gt;बैकअप की इस कंप्यूटर की कीरिंग से हटा दी जाएगी,&lt;/li&gt;&lt;li&gt;जब तक आप एन्क्रिप्शन फिर से चालू नहीं करते, इस कंप्यूटर से बैकअप बंद रहेंगे।&lt;/li&gt;&lt;/ul&gt;पहले से बने बैकअप जहाँ हैं वहीं रहेंगे, एन्क्रिप्ट किए हुए। आप उन्हें कभी भी अपने पासवर्ड या %1 अंकों वाली की से रीस्टोर कर सकते हैं।</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>इस कंप्यूटर पर कोई कीरिंग नहीं है, इसलिए हर बैकअप आपसे पासवर्ड या की माँगता है।</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>नए कंप्यूटर पर अपनी चैट रीस्टोर करने के लिए आपको इस पासवर्ड की ज़रूरत होगी। इस कंप्यूटर पर कोई कीरिंग नहीं है, इसलिए हर बैकअप भी आपसे यह माँगता है।</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>आपने जो रिकवरी कोड लिखा या सेव किया है, वह इस्तेमाल नहीं होगा: backupgui उसे अभी भूल जाएगा, और एंड-टू-एंड एन्क्रिप्शन चालू नहीं होगा।</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>आपने जो रिकवरी कोड लिखा या सेव किया है, वह इस्तेमाल नहीं होगा: backupgui उसे अभी भूल जाएगा, और आपका बैकअप पहले की तरह सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>आपने जो %1 अंकों वाली की लिखी या सेव की है, वह इस्तेमाल नहीं होगी: backupgui उसे अभी भूल जाएगा, और एंड-टू-एंड एन्क्रिप्शन चालू नहीं होगा। अगली बार आपको नई की मिलेगी।</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>आपने जो %1 अंकों वाली की लिखी या सेव की है, वह आपके बैकअप की अपनी की है: उससे आपके बैकअप अब भी खुलते हैं, इसलिए उसे सुरक्षित रखें या नष्ट कर दें। आपका बैकअप पहले की तरह सुरक्षित रहेगा।</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>पूरा किए बिना बाहर निकलें?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>बाहर निकलें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>रुकें(&amp;S)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>बैकअप का इतिहास</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>इतिहास पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>पिछले बैकअप</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>अभी तक कोई बैकअप नहीं चला है।</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>पिछला %Ln बैकअप, सबसे नया पहले।</numerusform>
            <numerusform>पिछले %Ln बैकअप, सबसे नए पहले।</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>इतिहास नहीं पढ़ा जा सका: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>किसने शुरू किया</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>साइज़</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>शेड्यूल</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>छूटा हुआ</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>बैकअप हो गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 अपलोड हुआ</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>आपने रोका</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>कहाँ सेव हुआ</translation>
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
        <translation>आपने रोका (%1 भेजा जा चुका था)</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (रुकने से पहले %2 भेजा गया)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln चेतावनी: %1</numerusform>
            <numerusform>%Ln चेतावनियाँ: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>अपने-आप पहचानें</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>इंपोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>चैट इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>WhatsApp का एक्सपोर्ट (.zip या .txt) या Telegram Desktop का एक्सपोर्ट (उसका फ़ोल्डर, result.json या उसकी .zip) चुनें।</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>कोई एक्सपोर्ट नहीं चुना गया</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>एक्सपोर्ट फ़ाइल या फ़ोल्डर</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>फ़ाइल चुनें(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>फ़ोल्डर चुनें(&amp;O)…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>एक्सपोर्ट का फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>फ़ॉर्मैट(&amp;R):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>गड़बड़ी</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>चैट:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>प्रकार:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>सदस्य:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>मैसेज:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>तारीखें:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>मीडिया:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तारीखें</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>एक्सपोर्ट में मौजूद चैट</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>चेतावनियाँ और छोड़ी गई लाइनें</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>नोट:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>इंपोर्ट की प्रगति</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>इंपोर्ट करें(&amp;I)</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>फ़ोन के बैकअप से इंपोर्ट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>कोई एक्सपोर्ट चुनें</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>चैट एक्सपोर्ट (*.zip *.txt *.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>Telegram एक्सपोर्ट का फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>एक्सपोर्ट पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>%1 एक्सपोर्ट। देख लें कि क्या इंपोर्ट होगा, फिर &quot;इंपोर्ट करें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ग्रुप</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>व्यक्तिगत</translation>
    </message>
    <message>
        <source>Groups and one-to-one chats</source>
        <translation>ग्रुप और व्यक्तिगत चैट</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 और %Ln अन्य</numerusform>
            <numerusform>%1 और %Ln अन्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln फ़ाइल मिली</numerusform>
            <numerusform>%Ln फ़ाइलें मिलीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln एक्सपोर्ट में नहीं है (उसका मैसेज रखा गया है)</numerusform>
            <numerusform>%1, %Ln एक्सपोर्ट में नहीं हैं (उनके मैसेज रखे गए हैं)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>इंपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>इंपोर्ट पूरा हुआ: %2 में %1।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln नया मैसेज</numerusform>
            <numerusform>%Ln नए मैसेज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln चैट</numerusform>
            <numerusform>%Ln चैट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln पहले से लाइब्रेरी में था।</numerusform>
            <numerusform>%Ln पहले से लाइब्रेरी में थे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln मीडिया फ़ाइल जोड़ी गई।</numerusform>
            <numerusform>%Ln मीडिया फ़ाइलें जोड़ी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>%Ln लाइन छोड़ी गई (नोट देखें)।</numerusform>
            <numerusform>%Ln लाइनें छोड़ी गईं (नोट देखें)।</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>कुछ भी इंपोर्ट नहीं हुआ; लाइब्रेरी में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>इंपोर्ट रद्द किया गया; लाइब्रेरी में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>डिलीट किया गया अकाउंट</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln मैसेज लाइब्रेरी की कॉपी से अलग है (दोनों रखे गए)।</numerusform>
            <numerusform>%Ln मैसेज लाइब्रेरी की कॉपी से अलग हैं (दोनों रखे गए)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>यह फ़ाइल बैकअप की वाली टेक्स्ट फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>की फ़ाइल खोलें…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>अपनी बैकअप की फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>की फ़ाइलें (*.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>की फ़ाइल खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>&quot;फ़ाइल में सेव करें…&quot; से सेव की गई फ़ाइल से की पढ़ें</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>%1 अंकों वाली की</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>फ़ाइल में सेव करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>आपका रिकवरी कोड</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>कॉपी हो गई। इसे किसी सुरक्षित जगह पर पेस्ट करें, फिर अपना क्लिपबोर्ड खाली कर दें।</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>अपना रिकवरी कोड सेव करें</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

इस फ़ाइल को किसी सुरक्षित और ऑफ़लाइन जगह पर रखें। आपके पासवर्ड के साथ, इससे आप नए कंप्यूटर पर अपना बैकअप रीस्टोर कर सकते हैं।
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>अपनी बैकअप की सेव करें</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

इस फ़ाइल को किसी सुरक्षित और ऑफ़लाइन जगह पर रखें। जिसके पास यह फ़ाइल होगी, वह आपके बैकअप पढ़ सकता है।
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>सेव नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>सेव हो गई। फ़ाइल को इस कंप्यूटर से हटाकर कहीं और रखें, जैसे किसी USB स्टिक पर।</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>आपकी %1 अंकों वाली की</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>अपना पासवर्ड या की डालें</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>बैकअप एंड-टू-एंड एन्क्रिप्टेड है। इसे यहीं, इसी कंप्यूटर पर अनलॉक किया जाता है।</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>मिले हुए बैकअप</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>बैकअप सेट</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>बैकअप का पासवर्ड</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>की वॉल्ट रिकवरी कोड(&amp;R)</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>की वॉल्ट रिकवरी कोड</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>की वॉल्ट का पता(&amp;A)</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>की वॉल्ट का पता</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>इस कंप्यूटर ने यह की वॉल्ट पहले कभी इस्तेमाल नहीं किया है</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>की वॉल्ट का पता और पहचान</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>आगे तभी बढ़ें जब यह वही की वॉल्ट हो जिसे आपने यह बैकअप सेट अप करते समय चुना था। जो कोई बैकअप की जगह में बदलाव कर सकता है, वह उसमें कोई दूसरा सर्वर लिखवा सकता है, ताकि आपके खाते का प्रमाण ले सके और आपके पासवर्ड के प्रयास खत्म कर सके।</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>यह वही की वॉल्ट है जिसे मैंने इस बैकअप के लिए चुना था</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>की वॉल्ट की पुष्टि करें</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>इससे सुरक्षित बैकअप: %1 (सबसे नया: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>%n बैकअप मिला (%1)। सुरक्षा: %2।</numerusform>
            <numerusform>%n बैकअप मिले, सबसे नया: %1। सुरक्षा: %2।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड(&amp;P)</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>पता: %1
पहचान (सर्वर की का फ़िंगरप्रिंट): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>जाँच हो रही है… (अंदाज़ा लगाने की कोशिशें धीमी करने के लिए इसमें जानबूझकर कुछ सेकंड लगते हैं)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>की वॉल्ट सेट करते समय दिखाया गया %1 अंकों वाला कोड। जिस कंप्यूटर ने बैकअप बनाया, उस पर इसकी ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>%1 अंकों वाली की(&amp;K)</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>इसे केवल तभी बदलें जब आपका की वॉल्ट किसी नए पते पर चला गया हो। यह वही वॉल्ट होना चाहिए जिससे यह बैकअप बनाया गया था। एक ही वॉल्ट के कई पते (उसके सर्वर) कॉमा से अलग किए जाते हैं।</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>की वॉल्ट का पता (http:// या https://) डालें, या एक ही वॉल्ट के कई पते कॉमा से अलग करके: अधिकतम %1, कोई भी दो बार नहीं।</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>पते: %1
पहचान (सर्वर की का फ़िंगरप्रिंट): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui — चैट बैकअप</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>लाइब्रेरी: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>आपकी चैट पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>backupgui लोगो</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>आपकी चैट, सुरक्षित बैकअप में</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>इस कंप्यूटर पर अभी कोई चैट नहीं है। WhatsApp या Telegram से एक्सपोर्ट की गई चैट इंपोर्ट करें, बैकअप से चैट रीस्टोर करें या सैंपल चैट के साथ आज़माकर देखें।</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>चैट इंपोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>बैकअप से रीस्टोर करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>सैंपल चैट के साथ आज़माएँ(&amp;S)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>चैट खोजें (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>खोज साफ़ करें</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>चैट खोजें</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>सभी चुनें(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>कोई नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>वीडियो शामिल करें(&amp;D)</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>बैकअप में वीडियो शामिल करें</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>चुनी गई चैट का बैकअप लिया जाता है। स्पेस से मौजूदा चैट चुनें या हटाएँ; Enter से उसे खोलें।</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>जिन चैट का बैकअप लेना है, उन्हें चुनें। किसी चैट को पढ़ने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;क्या आपको अपने बैकअप का पासवर्ड अब भी याद है?&lt;/b&gt; इसे अभी जाँच लें, ताकि आप नए कंप्यूटर पर अपनी चैट रीस्टोर कर सकें।</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>अभी जाँचें(&amp;K)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>बैकअप से रीस्टोर करें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>बैकअप(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>बैकअप रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>एंड-टू-एंड एन्क्रिप्शन(&amp;E)…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>मेरा पासवर्ड जाँचें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>एन्क्रिप्शन बंद करें(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>चैट ढूँढें(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>चैट खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>चैट की सूची फिर से लोड करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>लॉग दिखाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>backupgui के बारे में(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln चैट</numerusform>
            <numerusform>%Ln चैट</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>आपकी चैट नहीं पढ़ी जा सकीं</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>सैंपल चैट बनाई जा रही हैं…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>सैंपल चैट नहीं बनाई जा सकीं</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>बैकअप पूरा हुआ: %1, %2।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln मैसेज</numerusform>
            <numerusform>%Ln मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>बैकअप रद्द किया गया। पिछला बैकअप जैसा था वैसा ही है।</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>बैकअप चेतावनियों के साथ पूरा हुआ</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>बैकअप सेव हो गया, %Ln चेतावनी के साथ:</numerusform>
            <numerusform>बैकअप सेव हो गया, %Ln चेतावनियों के साथ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>चैट एक्सपोर्ट इंपोर्ट करने की सुविधा जल्द आ रही है।</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>backupgui के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;आपकी चैट का एंड-टू-एंड एन्क्रिप्टेड बैकअप, Google Drive या किसी फ़ोल्डर में।&lt;/p&gt;&lt;p&gt;आपका पासवर्ड और की कभी इस कंप्यूटर से बाहर नहीं जाते।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>एक बैकअप चल रहा है</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>बैकअप रोककर बंद करें?</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>बैकअप सुरक्षित रूप से रुक जाएगा और आपका पिछला बैकअप जैसा था वैसा ही रहेगा। जो हिस्से पहले ही अपलोड हो चुके हैं वे उसी जगह रहेंगे, इसलिए अगला बैकअप उन्हें दोबारा नहीं भेजेगा।</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>रीस्टोर चल रहा है</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>रीस्टोर रोककर बंद करें?</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>रीस्टोर सुरक्षित रूप से रुक जाएगा; इस कंप्यूटर पर कुछ नहीं बदलेगा।</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>रीस्टोर रोककर बंद करें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>रीस्टोर जारी रखें(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>बैकअप रोककर बंद करें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>बैकअप जारी रखें(&amp;K)</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>बैकअप सुरक्षित रूप से रुक जाता है। इस जगह पर अभी कोई पूरा बैकअप नहीं है; जो हिस्से पहले ही अपलोड हो चुके हैं वे वहीं रहते हैं, इसलिए अगला बैकअप उन्हें दोबारा नहीं भेजता।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;क्या आपको अपनी %1 अंकों वाली की अब भी याद है?&lt;/b&gt; इसे अभी जाँच लें, ताकि आप नए कंप्यूटर पर अपनी चैट रीस्टोर कर सकें।</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>बैकअप रद्द किया गया। यहाँ अभी कोई पूरा बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>backupgui.ini में एक सेटिंग मान्य नहीं थी और उसे डिफ़ॉल्ट पर रीसेट कर दिया गया: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>backupgui.ini में कुछ सेटिंग्स मान्य नहीं थीं और उन्हें डिफ़ॉल्ट पर रीसेट कर दिया गया: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>ठीक है, समझ गया</translation>
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
        <translation>आप</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>मीडिया इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>फ़ोटो इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>वीडियो इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>वॉइस मैसेज इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>ऑडियो इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>स्टिकर इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>दस्तावेज़ इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>मीडिया एक्सपोर्ट में शामिल नहीं है</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>फ़ोटो एक्सपोर्ट में शामिल नहीं है</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>वीडियो एक्सपोर्ट में शामिल नहीं है</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>वॉइस मैसेज एक्सपोर्ट में शामिल नहीं है</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>ऑडियो एक्सपोर्ट में शामिल नहीं है</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>स्टिकर एक्सपोर्ट में शामिल नहीं है</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>दस्तावेज़ एक्सपोर्ट में शामिल नहीं है</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>वॉइस मैसेज</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>स्टिकर</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>डिलीट किया गया अकाउंट</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>कोई</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>अज्ञात सदस्य</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>मैसेज और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं। इस चैट से बाहर का कोई भी, यहाँ तक कि WhatsApp भी, इन्हें पढ़ या सुन नहीं सकता।</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>यह मैसेज डिलीट कर दिया गया</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>आपने यह मैसेज डिलीट किया</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>मिस्ड वॉइस कॉल</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>मिस्ड वीडियो कॉल</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>मिस्ड ग्रुप वॉइस कॉल</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>मिस्ड ग्रुप वीडियो कॉल</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>आपको जोड़ा गया</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>आपको हटाया गया</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>अब आप एडमिन हैं</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>आप इस ग्रुप के इनवाइट लिंक से जुड़े</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>आपका सुरक्षा कोड बदल गया</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>%1 के साथ आपका सुरक्षा कोड बदल गया</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>%1 ने ग्रुप का नाम बदलकर &quot;%2&quot; कर दिया</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>आपने ग्रुप का नाम बदलकर &quot;%2&quot; कर दिया</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>%1 ने ग्रुप का नाम बदला</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>आपने ग्रुप का नाम बदला</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 ने इस ग्रुप का आइकन बदला</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>आपने इस ग्रुप का आइकन बदला</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>%1 ने ग्रुप का विवरण बदला</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>आपने ग्रुप का विवरण बदला</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>%1 ने अपना फ़ोन नंबर बदलकर %2 कर दिया</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>%1 ने अपना फ़ोन नंबर बदला</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>%1 ने ग्रुप &quot;%2&quot; बनाया</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>आपने ग्रुप &quot;%2&quot; बनाया</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>%1 ने यह ग्रुप बनाया</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>आपने यह ग्रुप बनाया</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>आप जुड़े</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>आपने ग्रुप छोड़ दिया</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>%1 ने आपको जोड़ा</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>%1 ने आपको हटाया</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 ने एक सदस्य को जोड़ा</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>आपने एक सदस्य को जोड़ा</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 ने एक सदस्य को हटाया</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>आपने एक सदस्य को हटाया</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 ने %2 को जोड़ा</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>आपने %2 को जोड़ा</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 ने %2 को हटाया</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>आपने %2 को हटाया</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>%1 ने &quot;%3&quot; पर %2 से प्रतिक्रिया दी</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>आपने &quot;%3&quot; पर %2 से प्रतिक्रिया दी</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>%1 ने %2 से प्रतिक्रिया दी</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>आपने %2 से प्रतिक्रिया दी</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (%Ln और अक्षर यहाँ नहीं दिखाया गया)</numerusform>
            <numerusform>%1
… (%Ln और अक्षर यहाँ नहीं दिखाए गए)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 ने इस ग्रुप का आइकन हटाया</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>आपने इस ग्रुप का आइकन हटाया</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1, और %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>%1 इस ग्रुप के इनवाइट लिंक से जुड़े</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>%1 जुड़े</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>%1 को जोड़ा गया</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>%1 ने ग्रुप छोड़ दिया</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>%1 अब एडमिन हैं</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>%1 को जोड़ा गया</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>%1 को जोड़ा गया</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>%1 जुड़े</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>%1 जुड़े</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>%1 ने ग्रुप छोड़ दिया</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>%1 ने ग्रुप छोड़ दिया</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>%1 इस ग्रुप के इनवाइट लिंक से जुड़े</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>%1 इस ग्रुप के इनवाइट लिंक से जुड़े</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>%1 अब एडमिन हैं</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>%1 अब एडमिन हैं</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>वॉइस कॉल, कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>वीडियो कॉल, कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>ग्रुप वॉइस कॉल, कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>ग्रुप वीडियो कॉल, कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>वॉइस कॉल, %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>वीडियो कॉल, %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>ग्रुप वॉइस कॉल, %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>ग्रुप वीडियो कॉल, %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>ऐसे मैसेज का जवाब जो इस चैट में नहीं है</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>जवाब: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>%1 को जवाब: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>%Ln और वर्शन।</numerusform>
            <numerusform>%Ln और वर्शन।</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>बदला गया: इस मैसेज के दो वर्शन हैं</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>इस मैसेज के दो वर्शन हैं</translation>
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
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>दोबारा टाइप करें</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>पासवर्ड की पुष्टि करें</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड(&amp;P)</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>पासवर्ड की पुष्टि करें(&amp;F)</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>आम तौर पर इस्तेमाल होने वाला पासवर्ड नहीं</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>दोनों एंट्री मेल खाती हैं</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>बहुत कमज़ोर</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>कम से कम %1 कैरेक्टर</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>पासवर्ड दिखाएँ</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>पासवर्ड छिपाएँ</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>पासवर्ड दिखाएँ या छिपाएँ (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>पाथ कॉपी करें(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>फ़ोन के बैकअप से इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>फ़ोन के अपने बैकअप से अपना पूरा WhatsApp इतिहास इंपोर्ट करें: Android फ़ोन से msgstore.db.crypt15 (WhatsApp/Databases), या Finder या iTunes से बनाया गया iPhone बैकअप फ़ोल्डर। इन्हें और की को कहाँ ढूँढें, यह docs/IMPORT.md में बताया गया है।</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>कोई बैकअप नहीं चुना गया</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>फ़ोन बैकअप की फ़ाइल या फ़ोल्डर</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>फ़ाइल चुनें(&amp;F)…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>iPhone बैकअप फ़ोल्डर(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>बैकअप:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>की फ़ाइल(&amp;E)…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key, या .crypt14/.crypt12 बैकअप की &quot;key&quot; नाम वाली फ़ाइल</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>iPhone बैकअप का पासवर्ड</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>बैकअप का पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>वैकल्पिक: फ़ोन से कॉपी किया गया WhatsApp का Media फ़ोल्डर</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>मीडिया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>फ़ोल्डर चुनें(&amp;O)…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>मीडिया:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>वैकल्पिक: संपर्कों के नामों के लिए wa.db</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>संपर्क फ़ाइल</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें(&amp;H)…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>संपर्क:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>बैकअप खोलें(&amp;P)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>गड़बड़ी</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तारीखें</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>बैकअप में मौजूद चैट</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>इंपोर्ट करें(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>WhatsApp बैकअप चुनें</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>WhatsApp बैकअप (*.crypt15 *.crypt14 *.crypt12 *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>iPhone बैकअप फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>की फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>की फ़ाइल: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>WhatsApp का Media फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>wa.db चुनें</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>संपर्क डेटाबेस (wa.db*);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>बैकअप देखा जा रहा है…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>मीडिया फ़ाइलें ढूँढी जा रही हैं…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>iPhone बैकअप। इसे पढ़ने के लिए &quot;बैकअप खोलें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>एन्क्रिप्टेड iPhone बैकअप: इसका पासवर्ड डालें, फिर &quot;बैकअप खोलें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>Android बैकअप: इसकी की डालें, फिर &quot;बैकअप खोलें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>Android मैसेज डेटाबेस। &quot;बैकअप खोलें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>बैकअप खोला जा रहा है…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>रोका गया।</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>देख लें कि क्या इंपोर्ट होगा, फिर &quot;इंपोर्ट करें&quot; दबाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln चैट</numerusform>
            <numerusform>%Ln चैट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln मैसेज</numerusform>
            <numerusform>%Ln मैसेज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>%Ln मीडिया फ़ाइल मिली</numerusform>
            <numerusform>%Ln मीडिया फ़ाइलें मिलीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>%Ln इस कंप्यूटर पर नहीं है (उसका मैसेज रखा गया है)</numerusform>
            <numerusform>%Ln इस कंप्यूटर पर नहीं हैं (उनके मैसेज रखे गए हैं)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>%Ln नया मैसेज इंपोर्ट हुआ।</numerusform>
            <numerusform>%Ln नए मैसेज इंपोर्ट हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln पहले से लाइब्रेरी में था।</numerusform>
            <numerusform>%Ln पहले से लाइब्रेरी में थे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln मीडिया फ़ाइल जोड़ी गई।</numerusform>
            <numerusform>%Ln मीडिया फ़ाइलें जोड़ी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>%Ln फ़ाइल इस कंप्यूटर पर नहीं है।</numerusform>
            <numerusform>%Ln फ़ाइलें इस कंप्यूटर पर नहीं हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ग्रुप</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>व्यक्तिगत</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>इंपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>इंपोर्ट रद्द किया गया; लाइब्रेरी में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>बैकअप डिक्रिप्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>मैसेज इंपोर्ट हो रहे हैं…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>iPhone बैकअप अनलॉक हो रहा है…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>कुछ भी इंपोर्ट नहीं हुआ; लाइब्रेरी में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
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
        <translation>वह की जो WhatsApp ने एंड-टू-एंड एन्क्रिप्टेड बैकअप चालू करते समय दिखाई थी (%2 अंकों के %1 ग्रुप)।</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>%1 अंकों वाली की(&amp;K):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln मैसेज लाइब्रेरी की कॉपी से अलग है (दोनों रखे गए)।</numerusform>
            <numerusform>%Ln मैसेज लाइब्रेरी की कॉपी से अलग हैं (दोनों रखे गए)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>आपकी चैट रीस्टोर की जा रही हैं</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>आप अपना कंप्यूटर इस्तेमाल करते रह सकते हैं। अगर आप रद्द करते हैं, तो इस कंप्यूटर पर कुछ नहीं बदलेगा।</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>रीस्टोर हो रहा है…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>रीस्टोर पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>इस कंप्यूटर पर कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>रीस्टोर रद्द किया गया</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>इस कंप्यूटर पर पर्याप्त खाली जगह नहीं है</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फिर से कोशिश करें(&amp;T)</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>पर्याप्त खाली जगह नहीं है</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>कुछ भी डाउनलोड नहीं हुआ और इस कंप्यूटर पर कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>इस रीस्टोर को उस डिस्क पर लगभग %1 चाहिए जिस पर चैट लाइब्रेरी है (%3); वहाँ %2 खाली है।</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>उस डिस्क पर कुछ जगह खाली करें और फिर से कोशिश करें चुनें, या वापस जाकर कम चैट चुनें। किसी दूसरी डिस्क की चैट लाइब्रेरी में रीस्टोर करने के लिए backupgui को --library और उस डिस्क के किसी फ़ोल्डर के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>रीस्टोर की प्रगति</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>बैकअप की प्रगति</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>पूरे हुए बाइट, स्पीड और बचा हुआ समय</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>रोकें(&amp;P)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%Ln में से %1 चैट</numerusform>
            <numerusform>%Ln में से %1 चैट</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1 · रुका हुआ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>लगभग %1 बाकी</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>काम जारी है…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से शुरू करें(&amp;R)</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>रुका हुआ — कुछ भी पढ़ा या भेजा नहीं जा रहा है।</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>सुरक्षित तरीके से रोका जा रहा है; पिछला बैकअप जैसा था वैसा ही रहेगा।</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>सुरक्षित तरीके से रोका जा रहा है; जो पहले ही अपलोड हो चुका है वह अगले बैकअप के लिए रखा जाता है।</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive अभी काम नहीं कर रहा है। फिर से कोशिश हो रही है (%2 में से कोशिश %1)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive तक नहीं पहुँचा जा सका: इंटरनेट कनेक्शन जाँचें। फिर से कोशिश हो रही है (%2 में से कोशिश %1)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>सुरक्षित तरीके से रोका जा रहा है; इस कंप्यूटर पर चैट जैसी थीं वैसी ही रहेंगी।</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>सभी चुनें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>बढ़ाएँ(&amp;U)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>घटाएँ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>आगे(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>समाप्त करें(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>बैकअप से चैट रीस्टोर करें</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>हो गया(&amp;D)</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>बैकअप ढूँढें(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>रीस्टोर करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>एक साल का इतिहास (सुझाया गया)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>कोई नहीं: केवल सबसे नए बैकअप</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>अपनी पसंद का</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>रखे जाने वाले पुराने बैकअप</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>पुराने बैकअप (&amp;O):</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>हर दिन एक, पिछले (&amp;D):</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>हर हफ़्ते एक, पिछले (&amp;W):</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>हर महीने एक, पिछले (&amp;M):</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>हर साल एक, पिछले (&amp;Y):</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>आप किस पर वापस जा सकते हैं</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> दिन</numerusform>
            <numerusform> दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> हफ़्ता</numerusform>
            <numerusform> हफ़्ते</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> महीना</numerusform>
            <numerusform> महीने</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> साल</numerusform>
            <numerusform> साल</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>बैकअप वह साझा करते हैं जो नहीं बदला, इसलिए लंबा इतिहास थोड़ी ही ज़्यादा जगह लेता है।</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln दिन</numerusform>
            <numerusform>%Ln दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln हफ़्ता</numerusform>
            <numerusform>%Ln हफ़्ते</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln महीना</numerusform>
            <numerusform>%Ln महीने</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln साल</numerusform>
            <numerusform>%Ln साल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>आप पिछले %1 में से किसी पर भी, और सबसे नए बैकअप पर वापस जा सकते हैं।</numerusform>
            <numerusform>आप पिछले %1 में से किसी पर भी, और सबसे नए %Ln बैकअप में से हर एक पर वापस जा सकते हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>आप केवल सबसे नए बैकअप पर वापस जा सकते हैं: गलती से मिटाई गई चैट एक और बैकअप के बाद उसमें नहीं रहेगी।</numerusform>
            <numerusform>आप केवल सबसे नए %Ln बैकअप पर वापस जा सकते हैं: गलती से मिटाई गई चैट %Ln और बैकअप के बाद उनमें से किसी में नहीं रहेगी।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>पुरानी की मिटाएँ…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>पुरानी की मिटाएँ</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>की वॉल्ट में पुरानी की मिटाएँ</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>%1 पर की वॉल्ट में अब भी उस बैकअप की की रखी है जिसे बदल दिया गया (नई की या सुरक्षा के बदलाव से)। जिसने भी उस पुराने बैकअप की कॉपी रखी है, वह उसे वहाँ पुराने पासवर्ड से खोल सकता है। वह की मिटाने के लिए पुराना पासवर्ड डालें; यह सेव नहीं किया जाता।</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>पुराना पासवर्ड(&amp;O)</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>पुराना पासवर्ड</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>की वॉल्ट रिकवरी कोड(&amp;R)</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>की वॉल्ट रिकवरी कोड</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>पुरानी की मिटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>रोकें(&amp;S)</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>की वॉल्ट में पुरानी की मिटाई जा रही है…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>की वॉल्ट में पुरानी की अब नहीं थी: मिटाने के लिए कुछ नहीं बचा।</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>की वॉल्ट में पुरानी की मिटा दी गई। पुराने बैकअप की रखी गई कॉपी अब वहाँ नहीं खोली जा सकती।</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>यह कंप्यूटर अपने-आप की वॉल्ट इस्तेमाल नहीं कर सकता। की वॉल्ट सेट करते समय सेव किया गया रिकवरी कोड, पुराने पासवर्ड के साथ डालें।</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>पुरानी की यहाँ सूची में बनी रहती है: बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>पुरानी की मिटाई नहीं जा सकी</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>रोक दिया गया। पुरानी की अब भी की वॉल्ट में है; आप फिर कोशिश कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: पूरा हुआ</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: पूरा नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>बैकअप का शेड्यूल</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>शेड्यूल सेव नहीं हो सका: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Daily</source>
        <translation>रोज़ाना</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>हर हफ़्ते</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>हर महीने</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>अपने-आप बैकअप लें</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>अपने-आप बैकअप लें(&amp;A):</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>दिन का समय</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>समय(&amp;T):</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>हफ़्ते का दिन(&amp;W):</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>छोटे महीनों में बैकअप आखिरी दिन चलता है।</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>महीने की तारीख(&amp;D):</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>सीमित डेटा वाले कनेक्शन पर भी बैकअप लें(&amp;M) (मोबाइल डेटा, हॉटस्पॉट)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>कोई भी लेवल</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>बैटरी पर चलते समय, अगर बैटरी इस लेवल से कम हो, तो चार्जर लगने तक इंतज़ार करें।</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>बैटरी पर, सिर्फ़ इससे ऊपर(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>बैकअप सफल होने पर मुझे सूचना दें(&amp;N) (गड़बड़ियाँ हमेशा दिखाई जाती हैं)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>लॉग इन करने पर backupgui शुरू करें(&amp;S) (ट्रे में)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>जब तक backupgui सिस्टम ट्रे में है, ऑटोमैटिक बैकअप चलते रहते हैं। छूटे हुए बैकअप कंप्यूटर के जागने के कुछ देर बाद चलते हैं।</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>इस डेस्कटॉप पर सिस्टम ट्रे नहीं दिखती, इसलिए ऑटोमैटिक बैकअप सिर्फ़ तभी चलते हैं जब backupgui की विंडो खुली हो। छूटा हुआ बैकअप उसे खोलने के कुछ देर बाद चलता है।</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>लॉग इन करने पर backupgui शुरू करें(&amp;S)</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>बंद (सिर्फ़ तब, जब मैं &quot;बैकअप लें&quot; पर क्लिक करूँ)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>आज %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>कल %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>बीते कल %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>कनेक्शन सीमित डेटा वाला है (सीमित कनेक्शन पर बैकअप बंद हैं)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>बैटरी %1% पर है, जो %2% से कम है</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>इंटरनेट कनेक्शन नहीं है</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>एक और बैकअप चल रहा है</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>एक बैकअप पहले से चल रहा है</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>इसके पूरा होने का इंतज़ार करें या पहले इसे रद्द करें।</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>बैकअप लिया जा रहा है…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>ऑटोमैटिक बैकअप बंद हैं</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>अगला बैकअप: इंतज़ार में, क्योंकि %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>अगला बैकअप: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>बैकअप छोड़ा गया</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>ऑटोमैटिक बैकअप नहीं चला, क्योंकि %1। यह अगले तय समय पर चलेगा, या आप &quot;अभी बैकअप लें&quot; चुन सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln चैट, %1, %2 में।</numerusform>
            <numerusform>%Ln चैट, %1, %2 में।</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>आपकी चैट का बैकअप हो गया है।</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>बैकअप पूरा हुआ</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>एक अनचाही गड़बड़ी की वजह से बैकअप रुक गया (%1)। जानकारी लॉग में है।</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>बैकअप के लिए आपका पासवर्ड चाहिए</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>backupgui %1 फिर से कोशिश करेगा।</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>बैकअप फ़ेल हो गया</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>अपना पासवर्ड या %1 अंकों वाली की डालने के लिए backupgui खोलें और &quot;बैकअप लें&quot; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>पुरानी की अब भी की वॉल्ट में है</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>इसे पुराने पासवर्ड से मिटाने के लिए यहाँ क्लिक करें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (और %Ln चेतावनी)</numerusform>
            <numerusform>%1 (और %Ln चेतावनियाँ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>बैकअप चेतावनियों के साथ पूरा हुआ</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>कोई दूसरा कंप्यूटर (%1) बैकअप सेट का उपयोग कर रहा है</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>बैकअप सेट में बैकअप लेने वाले कंप्यूटरों के बनाए गए से ज़्यादा लॉक ऑब्जेक्ट हैं</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>कोई दूसरा कंप्यूटर बैकअप सेट का उपयोग कर रहा है</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>बैकअप कहाँ सेव हों</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>एक फ़ोल्डर(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>Google Drive(&amp;G)</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>जैसे कोई USB ड्राइव या सिंक किया गया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>बैकअप फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>बैकअप आपके Drive में एक छिपे हुए ऐप फ़ोल्डर में जाते हैं, जिसे सिर्फ़ backupgui देख सकता है।</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (जल्द आ रहा है)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>इस कंप्यूटर का नाम</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>वीडियो शामिल करें(&amp;V)</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>कितने बैकअप रखें</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>इस कंप्यूटर का नाम(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>आखिरी इतने रखें(&amp;K):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>एडवांस</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>की वॉल्ट का पता</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>लॉग लेवल</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>लॉग लेवल(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>सिस्टम की भाषा (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>भाषा(&amp;N):</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>backupgui को रीस्टार्ट करने के बाद नई भाषा दिखेगी।</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> बैकअप</numerusform>
            <numerusform> बैकअप</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>बैकअप फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>अपने बैकअप के लिए फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>पहले Google Drive में साइन इन करें, या कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>फ़ोल्डर जाँचा नहीं जा सकता</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 एक फ़ाइल है, फ़ोल्डर नहीं। बैकअप के लिए कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>बैकअप ड्राइव कनेक्ट नहीं है: वह ड्राइव कनेक्ट करें जिसमें %1 है, या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>फ़ोल्डर का पूरा पाथ डालें (जैसे /home/you/Backups), या &quot;ब्राउज़ करें&quot; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 मौजूद नहीं है, और न ही वह फ़ोल्डर जिसमें इसे होना था। कोई मौजूदा फ़ोल्डर चुनें, या वह ड्राइव कनेक्ट करें जिसमें यह है।</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>फ़ोल्डर बनाएं?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>फ़ोल्डर %1 अभी मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>इसे %1 में बनाएं?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>फ़ोल्डर बनाएं(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>फ़ोल्डर नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>की वॉल्ट(&amp;A):</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>backupgui %1 में नहीं लिख सकता (ड्राइव सिर्फ़ पढ़ने लायक है या फ़ोल्डर आपका नहीं है)। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>backupgui की यह कॉपी अपने आप Google Drive में साइन इन नहीं कर सकती: अपना खुद का Google Cloud क्लाइंट या Drive एम्युलेटर (ऊपर) इस्तेमाल करें, या कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>सेटिंग और लॉग यहाँ सेव होते हैं। पासवर्ड और की यहाँ कभी सेव नहीं होते।</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>सेटिंग फ़ाइल:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>लॉग फ़ोल्डर:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>Google Drive में साइन इन करें</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>अपने ब्राउज़र में साइन इन पूरा करें</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>आपके ब्राउज़र में Google का साइन-इन पेज खुला है। वहाँ साइन इन करें और &quot;अनुमति दें&quot; चुनें, फिर यहाँ वापस आएं।</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>अगर कोई ब्राउज़र विंडो नहीं खुली, तो यह लिंक अपने ब्राउज़र में कॉपी करें:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>साइन-इन लिंक तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>साइन-इन लिंक</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>लिंक कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>ब्राउज़र फिर से खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>साइन-इन की स्थिति</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>गड़बड़ी</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फिर से कोशिश करें(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>कोई ब्राउज़र नहीं खुल सका: लिंक को अपने ब्राउज़र में कॉपी करें।</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>आपके साइन इन पूरा करने का इंतज़ार है… (%1 बाकी)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>Google साइन-इन नहीं हो सका</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>साइन इन पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>कुछ गड़बड़ हो गई।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>लिंक कॉपी हो गया। इसे अपने ब्राउज़र के एड्रेस बार में पेस्ट करें।</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>आपके ब्राउज़र में Drive एम्युलेटर का साइन-इन पेज खुला है। वहाँ &quot;अनुमति दें&quot; चुनें, फिर यहाँ वापस आएं।</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>पासवर्ड की मज़बूती</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>आपकी चैट वापस आ गई हैं</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>सब कुछ मौजूद है, यह देखने के लिए कोई चैट खोलें।</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>इस कंप्यूटर से इसी जगह पर बैकअप लेते रहें(&amp;K)</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>जगह को याद रखता है और बैकअप की को इस कंप्यूटर की कीरिंग में रखता है</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>रीस्टोर की गई चैट खोलें(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>%1 में &lt;b&gt;%Ln चैट&lt;/b&gt; रीस्टोर हुई।</numerusform>
            <numerusform>%1 में &lt;b&gt;%Ln चैट&lt;/b&gt; रीस्टोर हुईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>मैसेज: %1 जोड़े गए, %2 पहले से यहाँ थे।</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>मीडिया फ़ाइलें: %1 रीस्टोर हुईं, %2 पहले से यहाँ थीं।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>%Ln मीडिया फ़ाइल बैकअप में नहीं थी (जैसे कोई वीडियो जिसे छोड़ दिया गया था)।</numerusform>
            <numerusform>%Ln मीडिया फ़ाइलें बैकअप में नहीं थीं (जैसे वीडियो जिन्हें छोड़ दिया गया था)।</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>आप इस कंप्यूटर पर अब भी %1 के रूप में Google Drive में साइन इन हैं। अगर यह कंप्यूटर आपका नहीं है, तो जाने से पहले यह खाता भूल जाएँ।</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Drive: %1 को इस कंप्यूटर पर भुला दिया गया।</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <comment>a restored chat&apos;s name</comment>
        <translation>%1 खोलें(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>बैकअप रद्द करें(&amp;C)</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>अगला बैकअप: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>बैकअप का शेड्यूल(&amp;S)…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>बैकअप का इतिहास(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>विंडो दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>बैकअप लिया जा रहा है…</translation>
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
        <translation>आपके बैकअप कहाँ हैं?</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>वह फ़ोल्डर या Google Drive खाता चुनें जिसमें आपने बैकअप लिया था।</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>एक फ़ोल्डर(&amp;F) (USB ड्राइव, नेटवर्क शेयर, …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>Google Drive(&amp;G)</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>आपके बैकअप वाला फ़ोल्डर</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>बैकअप फ़ोल्डर</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>ब्राउज़ करें(&amp;W)…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (जल्द आ रहा है)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>बैकअप फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>बैकअप ढूँढे जा रहे हैं…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>गड़बड़ी</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln बाइट</numerusform>
            <numerusform>%Ln बाइट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>बैकअप के लिए कोई चैट नहीं चुनी गई है।</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>जिन चैट का बैकअप लेना है उन्हें चुनें, या &quot;सभी चुनें&quot; इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>इसे सेटिंग में बदलें।</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>इस बैकअप का की वॉल्ट रिकॉर्ड ज़्यादा सुरक्षित बनाया जा सकता है।</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>इस जगह पर कोई दूसरा बैकअप है, वह नहीं जिसमें यह कंप्यूटर बैकअप लेता है।</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>बैकअप की इस कंप्यूटर पर सेव नहीं है।</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>रखे जाने वाले बैकअप की संख्या कम से कम %1 होनी चाहिए।</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>इस जगह पर यह पहला बैकअप है। वह पासवर्ड या %1 अंकों वाली की चुनें जो यहाँ इसे सुरक्षित रखेगी।</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 किसी दूसरे यूज़र का है; इसे हटाएँ और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>पढ़ते समय %1 बदल गया।</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>%1 में ऐसे व्यू या ट्रिगर हैं जो कुछ चलाने की कोशिश करते हैं; इसे ठुकरा दिया गया।</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>%1 में संपर्कों के नाम नहीं हैं (wa_contacts)।</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>%1 में %2 GiB से बड़ा डेटाबेस है; इसे ठुकरा दिया गया।</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>%1 में %2 MiB से बड़ी वैल्यू है; इसे ठुकरा दिया गया।</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>%1 में कोई चैट टेक्स्ट फ़ाइल (.txt) नहीं है; यह WhatsApp का एक्सपोर्ट नहीं है।</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>%1 में result.json नहीं है; यह Telegram Desktop का एक्सपोर्ट नहीं है (एक्सपोर्ट करते समय JSON फ़ॉर्मैट चुनें)।</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 एक फ़ाइल है, फ़ोल्डर नहीं।</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 एक फ़ोल्डर है, पर iPhone बैकअप नहीं (इसमें Manifest.db नहीं है)।</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 एक अधूरी zip फ़ाइल है: इसका आखिरी हिस्सा गायब है।</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 अधूरा है (यह अपने हेडर के बीच में खत्म हो जाता है)।</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 खराब है: की सही है, पर फ़ाइल अपनी पुष्टि की जाँच में फ़ेल होती है।</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 खाली है; इसमें कोई मैसेज नहीं है।</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 न तो WhatsApp की बैकअप फ़ाइल (.crypt15, .crypt14, .crypt12) है, न iPhone बैकअप फ़ोल्डर।</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 न तो WhatsApp का एक्सपोर्ट है (कोई .txt चैट फ़ाइल नहीं), न Telegram का एक्सपोर्ट (कोई result.json नहीं)।</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1 WhatsApp का संपर्क डेटाबेस नहीं है (wa.db या ContactsV2.sqlite)।</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1 WhatsApp का संपर्क डेटाबेस नहीं है (wa.db)।</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 Telegram का एक्सपोर्ट नहीं है: %2 (लाइन %3)।</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 WhatsApp चैट का एक्सपोर्ट नहीं है: लाइन %2 तारीख और समय से शुरू नहीं होती (%3)।</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 फ़ोल्डर नहीं है; इसे हटाएँ और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 वेब पता नहीं है (http:// या https://)।</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 SQLite डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 iPhone बैकअप फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 पासवर्ड से सुरक्षित है; चैट को बिना पासवर्ड के फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 WhatsApp की फ़ाइल होने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>%1 इस की से खुलता है, पर इसमें मैसेज डेटाबेस नहीं है (WhatsApp मीडिया और सेटिंग का बैकअप भी इसी तरह लेता है)।</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>%1 इस की से खुलता है, पर इसकी सामग्री खराब या अधूरी है।</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>कोई फ़ाइल इस डिस्क या खाते की सीमा से बड़ी है। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>यहाँ की फ़ाइल चाहिए, की खुद नहीं; की को किसी फ़ाइल में रखें, या BACKUPGUI_WHATSAPP_KEY इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>की वॉल्ट से बैकअप सुरक्षित करने के लिए की वॉल्ट का पता ज़रूरी है।</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>%1 में निजी वर्क फ़ोल्डर नहीं बनाया जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>फ़ोल्डर %1 तैयार नहीं किया जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>%1 पढ़ा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>की फ़ाइल %1 पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>पासवर्ड या की जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>बैकअप की जगह के रूप में कोई फ़ोल्डर या Google Drive चुनें।</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>कोई लॉग लेवल चुनें।</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>फ़ोन के WhatsApp/Databases फ़ोल्डर से msgstore.db.crypt15 (या .crypt14 / .crypt12) चुनें, या Finder या iTunes से बनाया गया iPhone बैकअप फ़ोल्डर।</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>WhatsApp के &quot;चैट एक्सपोर्ट करें&quot; से बनी .txt या .zip, या Telegram Desktop की result.json चुनें।</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>backupgui की दूसरी विंडो या कमांड बंद करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>फ़ाइल को फ़ोन से फिर से कॉपी करें; कुछ भी इंपोर्ट नहीं हुआ।</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>&quot;डेस्कटॉप ऐप&quot; प्रकार का OAuth क्लाइंट बनाएँ (&quot;वेब ऐप्लिकेशन&quot; नहीं)।</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>नई की बनाई जा रही है</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>एन्क्रिप्ट और अपलोड हो रहा है</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>डिस्क पर कुछ जगह खाली करें और फिर से कोशिश करें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>इस कंप्यूटर को कोई नाम दें।</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>Google Drive तक नहीं पहुँचा जा सका।</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>Google Drive ने सेव किया गया साइन-इन स्वीकार नहीं किया (उसकी अवधि खत्म हो गई या उसे वापस ले लिया गया)।</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>Google ने सेव किया गया साइन-इन स्वीकार नहीं किया (अवधि खत्म या वापस लिया गया)।</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>Google ने backupgui को Google Drive का स्थायी एक्सेस नहीं दिया।</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>कोई पासवर्ड स्टोर इंस्टॉल या अनलॉक करें (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), या सिर्फ़ इस सेशन के लिए साइन इन करें।</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>ऑब्जेक्ट का नाम %1 अमान्य है।</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>यह वह पासवर्ड है जो Finder या iTunes में &quot;लोकल बैकअप एन्क्रिप्ट करें&quot; के लिए चुना गया था, फ़ोन का पासकोड या Apple ID पासवर्ड नहीं।</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>Manifest.plist किसी iPhone बैकअप का होने के लिए बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>Google साइन-इन के लिए कोई वेब ब्राउज़र नहीं खोला जा सका।</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>Google Drive में साइन इन नहीं है।</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>मैसेज पैक किए जा रहे हैं</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>बैकअप का इंडेक्स पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>एक्सपोर्ट पढ़ना अचानक रुक गया (पार्सर कोड %1 के साथ बंद हुआ)।</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>अपनी Google खाते की सेटिंग में backupgui का ऐक्सेस हटाएँ और फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>पुराने बैकअप हटाए जा रहे हैं</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>मीडिया रीस्टोर हो रहा है</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>मैसेज रीस्टोर हो रहे हैं</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>की इस कंप्यूटर पर सेव हो रही है</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>पहले ऐप से साइन इन करें, या BACKUPGUI_DRIVE_TOKEN सेट करें।</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>Google Drive में फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>जोड़ी जा रही कुछ %1 पंक्तियाँ ऐसी पंक्तियों की ओर इशारा करती हैं जो मौजूद नहीं हैं।</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>Google OAuth क्लाइंट फ़ाइल %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>WhatsApp की में सिर्फ़ 0-9 अंक और a-f अक्षर होते हैं; दिए गए टेक्स्ट में दूसरे कैरेक्टर हैं।</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>बैकअप की जगह जाँचें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>ड्राइव जाँचें (हो सकता है वह डिस्कनेक्ट हो गई हो या खराब हो रही हो), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>पाथ जाँचें, या वह ड्राइव कनेक्ट करें जिसमें यह है।</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>बैकअप के लिए कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>कोई ऐसा फ़ोल्डर चुनें जो आपका हो, या फ़ोल्डर की अनुमतियाँ बदलें।</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>वह ड्राइव कनेक्ट करें जिसमें %1 है, या कोई दूसरा फ़ोल्डर चुनें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>Google Cloud कंसोल से Desktop app क्लाइंट की JSON फ़ाइल डाउनलोड करें (docs/DRIVE.md देखें) और उसे फिर से चुनें।</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>उसकी जगह बैकअप का पासवर्ड डालें।</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>बैकअप की जगह पर स्टोरेज खाली करें या कोई दूसरी जगह चुनें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>Google Drive ने %1 में दिया गया ऐक्सेस टोकन स्वीकार नहीं किया (यह गलत है या इसकी अवधि खत्म हो गई है)।</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>हो सकता है इसका डाउनलोड या कॉपी पूरा न हुआ हो। चैट को फिर से एक्सपोर्ट या कॉपी करें, फिर नई फ़ाइल इंपोर्ट करें।</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>इसके पते https इस्तेमाल करने चाहिए (या इस कंप्यूटर पर http)।</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>%1 पर कोई बैकअप फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>पुराना बैकअप सेट हटाया जा रहा है</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>%1 में कोई मान्य ऐक्सेस टोकन सेट करें, या ऐप में सेव किए गए साइन-इन के लिए इसे हटा दें।</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>Google Drive पर बैकअप के लिए फिर से साइन इन करें और &quot;अनुमति दें&quot; चुनें।</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>ऐप से साइन इन करें, जो कॉपी करने के लिए लिंक दिखाता है।</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>%1 में Google OAuth क्लाइंट का %2 असुरक्षित है।</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>%1 में Google OAuth क्लाइंट Desktop app के लिए नहीं है।</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>%1 में Google OAuth क्लाइंट में %2 नहीं है।</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>Google साइन इन %1 में पूरा नहीं हुआ।</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>Google साइन इन रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>बैकअप ड्राइव कनेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>बैकअप में %1 id वाली कोई चैट नहीं है।</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>बैकअप में एक चैट के %1 के मैसेज दो बार हैं।</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>बैकअप मैनिफ़ेस्ट %1 इस जगह का नहीं है।</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>हो सकता है कि बैकअप बदला गया हो या उसका कुछ हिस्सा मिटा दिया गया हो। इसे रखें और नया बैकअप लें।</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>बैकअप ऑब्जेक्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>बैकअप ऑब्जेक्ट %1 गायब है।</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>बैकअप का Manifest.plist खराब है।</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>बैकअप का की वॉल्ट रिकॉर्ड खराब है।</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>बैकअप का पासवर्ड स्लॉट खराब है।</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>बैकअप खराब है: %1।</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>%1 में तारीखें बिना साल के लिखी हैं, और उसमें कुछ भी नहीं बताता कि वे किस साल की हैं।</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: इसका कोई भी मैसेज पढ़ा नहीं जा सका (लाइन %2: %3)।</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>एक्सपोर्ट से इंपोर्ट की गई चैट के साथ मिलाई गई चैट: %1।</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>बिना साल वाली तारीखें %1 या उसके बाद की मानी गईं, यानी एक्सपोर्ट में दिखे आखिरी साल के अगले साल से; कृपया उन्हें जाँच लें।</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>WhatsApp ने जो .zip बनाई थी, वही इंपोर्ट करें (उसकी तारीख से साल पता चलता है), उससे निकाली गई .txt नहीं।</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>बैकअप मैनिफ़ेस्ट %1 किसी मीडिया फ़ाइल के लिए दूसरी फ़ाइल का ब्लॉब बताता है।</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>चैट %1 में %2 के लिए कोई मैसेज सेव नहीं है।</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>चैट लाइब्रेरी किसी दूसरे प्रोग्राम में इस्तेमाल हो रही है।</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>इस चैट को फ़ोन के बैकअप से इंपोर्ट की गई उसी चैट के साथ मिला दिया गया।</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>कंप्यूटर बैटरी पर %1% पर है, जो %2% से कम है।</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>कनेक्शन सीमित डेटा वाला है (जैसे मोबाइल हॉटस्पॉट), और सीमित कनेक्शन पर बैकअप बंद हैं।</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>तारीखों में पहले दिन भी हो सकता है और महीना भी; इन्हें दिन/महीना/साल माना गया।</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>तारीखों में पहले दिन भी हो सकता है और महीना भी; इन्हें महीना/दिन/साल माना गया।</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>रीस्टोर के दौरान डिस्क भर गई। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>फ़ोन बैकअप डिक्रिप्ट करते समय डिस्क भर गई।</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>ड्राइव सिर्फ़ पढ़ने के लिए माउंट है या राइट-प्रोटेक्टेड है: इसे अनलॉक करें या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>काम रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>यह की इस बैकअप को नहीं खोलती (फ़ाइल खुद पूरी है: उसका चेकसम सही है)।</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>यह की इस बैकअप को नहीं खोलती, या फ़ाइल खराब है (उसका चेकसम भी मेल नहीं खाता)।</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>वॉल्ट से मिली की डेटा डिक्रिप्ट नहीं करती; हो सकता है कि वह खराब हो।</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>की वॉल्ट का पता http(s) URL नहीं है।</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>की वॉल्ट में इस पहचानकर्ता के साथ पहले से एक की है।</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>की वॉल्ट ने किसी दूसरी सर्वर की के साथ जवाब दिया; कुछ भी सेव नहीं किया गया।</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>%1 पर मौजूद की वॉल्ट तक नहीं पहुँचा जा सका।</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>%1 पर मौजूद की वॉल्ट ने अनुरोध ठुकरा दिया (HTTP %2)।</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>की वॉल्ट ने खाते से जोड़ने की अनुमति नहीं दी।</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>की वॉल्ट ने पासवर्ड बदलने की अनुमति नहीं दी।</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>की वॉल्ट ने मिटाने की पुष्टि नहीं की।</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>की वॉल्ट Google खाते स्वीकार नहीं करता; फ़ोल्डर वाला बैकअप या कोई दूसरा वॉल्ट चुनें।</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>की वॉल्ट अपनी पहचान साबित नहीं कर सका; कुछ भी नहीं दिया गया।</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>की वॉल्ट को अपना सेव किया गया रिकॉर्ड बदला हुआ या खराब मिला।</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>की वॉल्ट अनुरोधों को सीमित कर रहा है; %1 सेकंड बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>बैकअप की गिनती रखने के लिए की वॉल्ट को इस बैकअप के खाते का सबूत चाहिए।</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>इस बैकअप का की वॉल्ट रिकॉर्ड पहले से किसी खाते से जुड़ा है।</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>इस बैकअप का की वॉल्ट रिकॉर्ड उस प्रकार के खाते से जुड़ा है जो उसकी सेटिंग में बताए गए प्रकार से अलग है।</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>की वॉल्ट ने यह Google खाता नहीं माना: बैकअप की की किसी दूसरे खाते से जुड़ी है। जिस खाते से बैकअप बनाया गया था, उससे Google Drive में साइन इन करें।</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>की वॉल्ट ने इस कंप्यूटर का डिवाइस क्रेडेंशियल और रिकवरी कोड नहीं माना। रिकवरी कोड जाँचें।</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>की वॉल्ट ने बैकअप क्रम का अमान्य रिकॉर्ड भेजा।</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>की वॉल्ट ने रजिस्ट्रेशन का अमान्य जवाब भेजा।</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>की वॉल्ट ने अमान्य जवाब भेजा (%1 नहीं है)।</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>की वॉल्ट ने अमान्य जवाब भेजा (%1)।</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>की वॉल्ट का बैकअप क्रम रिकॉर्ड किसी दूसरे बैकअप सेट का है।</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>की वॉल्ट का बैकअप क्रम रिकॉर्ड इस बैकअप की की से साइन नहीं किया गया है।</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>की वॉल्ट की सर्वर की वैसी नहीं है जैसी अपेक्षित थी; कुछ भी सेव नहीं किया गया।</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>लाइब्रेरी में %1 id वाली कोई चैट नहीं है।</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>यह पासवर्ड इस iPhone बैकअप को नहीं खोलता (इसकी फ़ाइल सूची डिक्रिप्ट नहीं होती)।</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>यह पासवर्ड इस iPhone बैकअप को नहीं खोलता।</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>पासवर्ड इस बैकअप के लिए सही नहीं है।</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>पासवर्ड में कम से कम %1 कैरेक्टर होने चाहिए।</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>सेव किया गया Google साइन-इन किसी दूसरे OAuth क्लाइंट का है।</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>इस बैकअप की वॉल्ट सेटिंग खराब है।</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>इस बैकअप की वॉल्ट सेटिंग अधूरी या खराब है।</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>कोई बैकअप %1 नहीं है।</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 पर कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>%2 पर कोई बैकअप सेट %1 नहीं है।</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>%1 में कोई चैट लाइब्रेरी नहीं है।</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>%1 id वाली कोई चैट नहीं है।</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>इंटरनेट कनेक्शन नहीं है।</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>यह बैकअप ऐसे पासवर्ड से सुरक्षित है जो की वॉल्ट में रखा गया है।</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>यह बैकअप एक ऐसे की वॉल्ट का नाम लेता है जिसे इस कंप्यूटर ने कभी इस्तेमाल नहीं किया: %1 (पहचान %2)। उसे कुछ नहीं भेजा गया। आगे तभी बढ़ें जब यह वही की वॉल्ट हो जिसे आपने यह बैकअप सेट अप करते समय चुना था: जो कोई बैकअप की जगह में बदलाव कर सकता है, वह उसमें अपना सर्वर लिखवा सकता है।</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>यह चैट लाइब्रेरी backupgui के नए वर्शन से बनाई गई थी।</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>backupgui की इस कॉपी में Google साइन-इन पहले से नहीं है।</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>इस डेटाबेस में %1 से ज़्यादा चैट हैं; इसे ठुकरा दिया गया।</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>इस डेटाबेस में बहुत ज़्यादा चैट हैं; इसे ठुकरा दिया गया।</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>यह डेटाबेस WhatsApp का मैसेज डेटाबेस (msgstore.db) नहीं है: इसमें मैसेज टेबल नहीं है।</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>इस एन्क्रिप्टेड iPhone बैकअप में इस्तेमाल लायक की नहीं हैं (Manifest.plist)।</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>यह फ़ाइल WhatsApp बैकअप नहीं है (इसका हेडर पढ़ा नहीं जा सकता)।</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>यह फ़ाइल WhatsApp बैकअप नहीं है (कोई हेडर नहीं मिला)।</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>यह फ़ाइल WhatsApp बैकअप होने के लिए बहुत छोटी है।</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>इस फ़ोल्डर का Manifest.db किसी iPhone बैकअप का नहीं है।</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>इस iPhone बैकअप में WhatsApp मैसेज नहीं हैं (WhatsApp के डोमेन में ChatStorage.sqlite नहीं है)।</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>यह iPhone बैकअप एन्क्रिप्टेड है: इसका पासवर्ड चाहिए।</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>यह बैकअप की या की फ़ाइल होने के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>यह WhatsApp का iPhone डेटाबेस (ChatStorage.sqlite) नहीं है।</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>यह की फ़ाइल किसी दूसरे बैकअप की है (इसका सर्वर सॉल्ट उससे अलग है जिससे यह बैकअप बनाया गया था)।</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>यह की फ़ाइल खराब है (इसकी अंदरूनी जाँच फ़ेल होती है)।</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>यह की फ़ाइल खराब है या WhatsApp ने नहीं बनाई।</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>यह की फ़ाइल ऐसे वर्शन की है जिसे backupgui नहीं जानता।</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>यह की वॉल्ट Google खाते स्वीकार नहीं करता, जिनसे Google Drive बैकअप अपने पासवर्ड की कोशिशों को सुरक्षित रखते हैं।</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>यह की वॉल्ट बहुत पुराना है: यह किसी बैकअप की की को खाते से नहीं जोड़ सकता, इसलिए बैकअप रखने वाला कोई भी व्यक्ति पासवर्ड की कोशिशें खत्म कर सकता है। वॉल्ट अपडेट करें।</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>यह पासवर्ड बहुत आम है; ऐसा पासवर्ड चुनें जिसका अंदाज़ा लगाना मुश्किल हो।</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>आगे बढ़ने के लिए वॉल्ट की पुष्टि करें, या कमांड को --trust-vault के साथ फिर से चलाएं (या --vault URL से वॉल्ट का पता दें)।</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>फिर भी पुराना बैकअप रीस्टोर करने के लिए, रीस्टोर विंडो में इसकी पुष्टि करें, या --backup से उसका नाम दें और --accept-rollback जोड़ें।</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>फिर से कोशिश करें। अगर कोई ब्राउज़र विंडो नहीं खुली, तो साइन-इन लिंक अपने ब्राउज़र में कॉपी करें।</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>फिर से साइन इन करने की कोशिश करें।</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>इसे वैसे ही टाइप करें जैसा की वॉल्ट सेट करते समय दिखाया गया था; स्पेस और डैश अनदेखे किए जाते हैं।</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>अनजान एक्सपोर्ट फ़ॉर्मैट %1; &apos;whatsapp&apos; या &apos;telegram&apos; इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>बैकअप अनलॉक हो रहा है</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>iPhone बैकअप अनलॉक हो रहा है</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>अपना खुद का Google Cloud क्लाइंट इस्तेमाल करें: सेटिंग → Google Drive → &quot;अपना खुद का Google Cloud क्लाइंट इस्तेमाल करें…&quot; (चरण docs/DRIVE.md में हैं), या Drive एम्युलेटर आज़माएं।</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>आपने backupgui को Google Drive इस्तेमाल करने की अनुमति नहीं दी।</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>लाइब्रेरी में एक मीडिया फ़ाइल खराब है और उसे छोड़ दिया गया (%1)।</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>लाइब्रेरी में एक मीडिया फ़ाइल नहीं है (%1)।</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>बैकअप सेट %1 इस कुंजी या पासवर्ड से नहीं खुलता; उसे अनदेखा किया गया।</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>इस बार पुराने बैकअप हटाए नहीं जा सके (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>की वॉल्ट इस बैकअप को सबसे नए के रूप में दर्ज नहीं कर सका, इसलिए किसी दूसरे कंप्यूटर पर रीस्टोर यह नहीं बता पाएगा कि बैकअप स्टोरेज को पीछे लौटाया गया है या नहीं (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>इस बैकअप का की वॉल्ट रिकॉर्ड खाते से जोड़ने से पहले का है: बैकअप की कॉपी रखने वाला कोई भी इसके पासवर्ड प्रयास खत्म कर सकता है। इसे अपने खाते से जोड़ने के लिए पासवर्ड के साथ एक बैकअप चलाएँ (backupgui-cli backup) (docs/VAULT.md 1.6)।</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>ऐसी चैट जिसकी आईडी WhatsApp आईडी नहीं है</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>ऐसा मैसेज जो JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>अटैचमेंट %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>बाइनरी डेटा</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>ऐसी चैट जो डेटाबेस की चैट सूची में नहीं हैं</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>अमान्य तारीख या समय (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>लाइन %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>लाइनें %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>मैसेज %1 (लाइन %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>ऐसे प्रकार के मैसेज जिन्हें backupgui नहीं दिखा सकता (कॉल, पोल, भुगतान...)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>बिना मान्य तारीख वाले मैसेज</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>पढ़ने योग्य तारीख नहीं है</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>मान्य UTF-8 टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>स्टेटस अपडेट (ये चैट नहीं हैं)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>ऐसे प्रकार की सिस्टम सूचनाएँ जिन्हें backupgui नहीं दिखाता</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>पहले मैसेज से पहले का टेक्स्ट</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>फ़ाइल का बाकी हिस्सा पढ़ा नहीं जा सका (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>समय में अज्ञात AM/PM चिह्न</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>अज्ञात मैसेज प्रकार %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>यह बैकअप backupgui के नए वर्शन से बनाया गया था (इसके मैसेज फ़ॉर्मैट वर्शन %1 में हैं), जिसे यह वर्शन नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>backupgui को उसके सबसे नए वर्शन पर अपडेट करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 WhatsApp चैट का एक्सपोर्ट नहीं है: लाइन %2 में बाइनरी डेटा है।</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 WhatsApp चैट का एक्सपोर्ट नहीं है: लाइन %2 UTF-8 टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>यह बैकअप backupgui के नए वर्शन से बनाया गया था (इसका पैक %1 फ़ॉर्मैट वर्शन %2 में है), जिसे यह वर्शन नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>पूरा हो रहा है</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>तैयारी हो रही है</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>सहेजा जा रहा है</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>जाँच हो रही है</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>की वॉल्ट ने इस कंप्यूटर का डिवाइस क्रेडेंशियल और रिकवरी कोड नहीं माना। अगर इस बैकअप का की वॉल्ट backupgui के किसी पुराने संस्करण ने सेट किया था, तो पहले की वॉल्ट को अपडेट करना होगा: यह संस्करण क्रेडेंशियल या कोड कभी नहीं भेजता।</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>यह की वॉल्ट बहुत पुराना है: यह इस कंप्यूटर का क्रेडेंशियल या रिकवरी कोड उन्हें पाए बिना नहीं जाँच सकता, और यह ऐप उन्हें कभी नहीं भेजता। कुछ भी नहीं भेजा गया। की वॉल्ट अपडेट करें।</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>यह बैकअप backupgui के नए वर्शन से बनाया गया था (इसका इंडेक्स %1 फ़ॉर्मैट वर्शन %2 में है), जिसे यह वर्शन नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>यह बैकअप backupgui के नए वर्शन से बनाया गया था (इसका स्नैपशॉट %1 फ़ॉर्मैट वर्शन %2 में है), जिसे यह वर्शन नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>पैक %1 किसी इंडेक्स में नहीं है और backupgui के नए वर्शन से बनाया गया था (फ़ॉर्मैट वर्शन %2): अगले बैकअप से पहले backupgui अपडेट करें</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>बैकअप फ़ोल्डर गायब हो गया।</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>बैकअप फ़ोल्डर भर गया।</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>बैकअप फ़ोल्डर सिर्फ़ पढ़ने लायक है।</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>backupgui सिर्फ़ बैकअप फ़ोल्डर ख़ुद बनाता है, उसके ऊपर के फ़ोल्डर कभी नहीं: पाथ जाँचें, या वह ड्राइव जोड़ें जिसमें यह फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>backupgui को बैकअप फ़ोल्डर में लिखने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>वह ड्राइव जोड़ें जिसमें यह है, या बैकअप फ़ोल्डर फिर से चुनें।</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>बैकअप फ़ोल्डर वाली ड्राइव पर जगह खाली करें, या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>की वॉल्ट इस बैकअप का पासवर्ड आज़माने की अनुमति सिर्फ़ उस Google खाते को देती है जिसका यह बैकअप है। Google Drive में साइन इन करें (अपने खाते की पहचान की अनुमति के साथ) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>की वॉल्ट इस बैकअप का पासवर्ड आज़माने की अनुमति सिर्फ़ इसके डिवाइस को देती है। नए कंप्यूटर पर, वह रिकवरी कोड डालें जो आपने की वॉल्ट सेट करते समय सेव किया था।</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>Google Drive पर अपलोड पहले इस कंप्यूटर के कैश फ़ोल्डर में लिखे जाते हैं: वहाँ डिस्क पर कुछ जगह खाली करें (या BACKUPGUI_DRIVE_SPOOL सेट करें), फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>इसके पूरा होने का इंतज़ार करें या इसे रद्द करें, फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>इस चैट को बैकअप से बाहर रखें, या उस महीने के इसके कुछ मैसेज मिटाएँ, फिर दोबारा बैकअप लें।</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>बैकअप सेट %1 इस कुंजी या पासवर्ड से नहीं खुलता; अनदेखा किया गया</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>पैक %1 किसी इंडेक्स में नहीं है (बीच में रुके बैकअप से बचा है; अगला बैकअप इसे अपना लेगा)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>पैक %1 किसी इंडेक्स में नहीं है और उसकी पुष्टि नहीं होती; अनदेखा किया गया</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>अनजान ऑब्जेक्ट %1 (backupgui का नाम नहीं)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>अनजान ऑब्जेक्ट %1 (backupgui का नाम नहीं); अनदेखा किया गया</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>बैकअप सेट बनाया जा रहा है</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>की जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>पासवर्ड जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>इस बैकअप की एक फ़ाइल Google Drive में नहीं है।</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>फिर से बैकअप लें: खराब हिस्सा दोबारा भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>इंटरनेट कनेक्शन जाँचें, फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>Google Drive पर अपलोड के कैश फ़ोल्डर में लिखा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>Google Drive तक नहीं पहुँचा जा सका; %1 कोशिशों के बाद रोक दिया गया।</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>Google Drive ने ऐसा जवाब दिया जो काम का नहीं है।</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>Google Drive एक अपलोड को बार-बार बीच में रोकता रहा।</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>Google Drive बार-बार विफल होता रहा; %1 कोशिशों के बाद रोक दिया गया।</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>Google Drive ने अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>Google Drive ने खाते का विवरण बताने से मना कर दिया।</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>Google Drive ने साइन-इन अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>इस बैकअप का एक हिस्सा Google Drive पर खराब होकर पहुँचा।</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>Google ने साइन-इन अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>Google साइन-इन विफल रहा।</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>Google Drive पर अपलोड का कैश फ़ोल्डर भर गया है।</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>Google Drive पर यह अपलोड पहले ही पूरा हो चुका है।</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>बाद में फिर से कोशिश करें, या Google Drive में फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>बाद में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>बाद में फिर से कोशिश करें। अगर Google Drive मना करता रहे, तो फिर से साइन इन करें; लॉग में Google का जवाब है।</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>Google Drive ने बहुत धीरे जवाब दिया।</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>Google ने साइन-इन का जवाब समय पर नहीं दिया।</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>%1 पर मौजूद की वॉल्ट ने बहुत धीरे जवाब दिया।</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>Google Drive ने बहुत धीरे जवाब दिया: कोई भी जवाब अपनी समय-सीमा में पूरा नहीं हुआ; %1 प्रयासों के बाद छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 एन्क्रिप्टेड है: इसे खोलने वाली %2 अंकों वाली की (या की फ़ाइल) दें।</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>.crypt15 बैकअप %1 अंकों वाली की (या encrypted_backup.key फ़ाइल) से खुलता है; .crypt14 या .crypt12 बैकअप &quot;key&quot; नाम वाली %2 बाइट की फ़ाइल से।</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>बैकअप की में 0-9 और a-f के %1 कैरेक्टर होते हैं; स्पेस और डैश अनदेखे किए जाते हैं।</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>बैकअप की में %1 अंक होते हैं; इसमें %2 हैं।</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>की वॉल्ट रिकवरी कोड में 0-9 और a-f के %1 अंक होते हैं (%3 अंकों के %2 ग्रुप); यह टेक्स्ट रिकवरी कोड नहीं है।</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>%1 अंकों वाली की जाँचें (WhatsApp इसे सिर्फ़ एंड-टू-एंड एन्क्रिप्टेड बैकअप चालू करते समय दिखाता है) या इस बैकअप की की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>%1 से %2 तक बैकअप रखें।</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>इस टेक्स्ट या फ़ाइल में %1 अंकों वाली कोई बैकअप की नहीं मिली।</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>अपना पासवर्ड या %1 अंकों वाली की डालने के लिए backupgui खोलें और &quot;बैकअप लें&quot; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>%1 अंकों वाली की पर जाने से बैकअप की अपनी की दिखती है; इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>%1 अंकों वाली की इस बैकअप के लिए सही नहीं है।</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>WhatsApp की में %1 अंक होते हैं; दिए गए टेक्स्ट में %2 हैं।</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>WhatsApp की %1 बाइट (%2 अंक) की होनी चाहिए।</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>बहुत सारे गलत पासवर्ड के बाद की वॉल्ट ने इस बैकअप की की नष्ट कर दी। अब पासवर्ड से यह बैकअप नहीं खुल सकता; सिर्फ़ इसकी %1 अंकों वाली की से खुल सकता है, अगर आपने उसे सेव किया था।</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>की वॉल्ट की पहचान (सर्वर की) उस पहचान से अलग है जिसके साथ यह बैकअप बनाया गया था। कुछ भी नहीं भेजा गया; वॉल्ट का पता जाँचें या %1 अंकों वाली की से रीस्टोर करें।</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>पासवर्ड की Argon2id सेटिंग सीमा से बाहर हैं: ज़्यादा से ज़्यादा %1 MiB मेमोरी, %2 पास और %3 लेन।</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>रिकवरी कोड में %2 ग्रुप में %1 अंक होते हैं।</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>यह बैकअप %1 अंकों वाली की से सुरक्षित है; उसकी जगह की डालें।</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>यह बैकअप की वॉल्ट वाले पासवर्ड से सुरक्षित है, %1 अंकों वाली की से नहीं।</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>यह बैकअप पासवर्ड से सुरक्षित है, %1 अंकों वाली की या वॉल्ट से नहीं।</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>यह बैकअप पासवर्ड से सुरक्षित है, %1 अंकों वाली की से नहीं।</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>यह फ़ाइल WhatsApp की नहीं है: न की फ़ाइल है, न %1 अंकों वाली की वाला टेक्स्ट।</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>यह %1 बैकअप है: यह फ़ोन की &quot;key&quot; नाम वाली %2 बाइट की फ़ाइल से खुलता है, %3 अंकों वाली की से नहीं।</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>यह .crypt15 बैकअप है (एंड-टू-एंड एन्क्रिप्टेड): यह %1 अंकों वाली की या encrypted_backup.key फ़ाइल से खुलता है, पुराने बैकअप की की फ़ाइल से नहीं।</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>इस की फ़ाइल में %1 बाइट हैं; WhatsApp की फ़ाइलों में %2 (encrypted_backup.key) या %3 (key) होते हैं।</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>इस टेक्स्ट में %1 अंकों वाली एक से ज़्यादा की हैं; सिर्फ़ बैकअप की की इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>%3-घंटे की घड़ी में असंभव समय %1:%2</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>अगर नया बैकअप आपने खुद मिटाया है, तो नई कुंजी बनाएँ (नया पासवर्ड और नई बैकअप की, या backupgui-cli key rotate): यह नए सेट में बैकअप करती है और पुराने को हटा देती है।</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>बैकअप इंडेक्स में दर्ज पर इस जगह से गायब पैक: %1। उनमें जो था वह फिर से भेजा जा रहा है।</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>यह बैकअप सेट (%1) इस कंप्यूटर पर एक नई कुंजी से बदला जा चुका है (सेट %2 से), लेकिन यह जगह नए सेट की बजाय फिर से इसी को दे रही है: हो सकता है स्टोरेज को पीछे लौटाया गया हो या नया बैकअप मिटा दिया गया हो।</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>यह बैकअप सेट (%1) इस कंप्यूटर पर एक नई कुंजी से बदला जा चुका है (सेट %2 से), लेकिन यह जगह नए सेट की बजाय फिर से इसी को दे रही है: हो सकता है स्टोरेज को पीछे लौटाया गया हो या नया बैकअप मिटा दिया गया हो। पुराने सेट में कुछ भी बैकअप नहीं किया गया।</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>अपलोड हो रहा है</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>बैकअप की चैट सूची पढ़ी जा रही है</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>इस बैकअप में इतनी चैट हैं जितनी backupgui एक साथ नहीं दिखा सकता; हो सकता है इससे छेड़छाड़ की गई हो। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>%1 में कई .txt फ़ाइलें हैं; उनमें से एक चुनें: %2।</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>Google Drive में कम से कम %1 जगह खाली करें (आगे के बैकअप के लिए और ज़्यादा) या और स्टोरेज खरीदें, फिर दोबारा बैकअप लें।</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>Google Drive में जगह खाली करें या और स्टोरेज खरीदें, फिर दोबारा बैकअप लें।</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>Google Drive भर गया है (%2 में से %1 इस्तेमाल हुआ)।</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>Google Drive भर गया है (%1 इस्तेमाल हुआ)।</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>Google Drive भर गया है।</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>Google Drive भर गया है: इस बैकअप के अगले हिस्से को %1 चाहिए (%2 इस्तेमाल हुआ)।</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>Google Drive भर गया है: इस बैकअप के अगले हिस्से को %1 चाहिए और सिर्फ़ %2 खाली है (%4 में से %3 इस्तेमाल हुआ)।</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>Google Drive भर गया है: इस बैकअप के अगले हिस्से को %1 चाहिए।</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>%1 पर कोई भी बैकअप इस कुंजी से प्रमाणित नहीं होता (%2)।</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>%1 पर कोई भी बैकअप इस कुंजी से प्रमाणित नहीं होता।</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>इस सिस्टम पर कोई कीरिंग सेवा उपलब्ध नहीं है। Google साइन इन याद नहीं रखा जा सकता।</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>इस सिस्टम पर कोई सुरक्षित पासवर्ड स्टोर (कीरिंग) उपलब्ध नहीं है। Google साइन इन याद नहीं रखा जा सकता।</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>Google OAuth क्लाइंट फ़ाइल %1 पढ़ी नहीं जा सकती: इसकी नेस्टिंग बहुत गहरी है।</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>की वॉल्ट यह नहीं बता सका कि सबसे नया बैकअप कौन-सा है (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>की वॉल्ट अनुरोधों को सीमित कर रहा है; कुछ सेकंड बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>इस कंप्यूटर की कीरिंग गोपनीय जानकारी के लिए नहीं बनी है। Google साइन इन याद नहीं रखा जा सकता।</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>की वॉल्ट जिस सबसे नए बैकअप को जानता है, %1 (बैकअप संख्या %2), वह इस जगह पर नहीं है (सबसे नया मिला: %3, बैकअप संख्या %4)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>की वॉल्ट जिस सबसे नए बैकअप को जानता है, %1 (बैकअप संख्या %2), वह इस जगह पर नहीं है (कोई बैकअप नहीं मिला)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>की वॉल्ट जिस सबसे नए बैकअप को जानता है, %1, वह इस जगह पर नहीं है (सबसे नया मिला: %2, बैकअप संख्या %3)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>की वॉल्ट जिस सबसे नए बैकअप को जानता है, %1, वह इस जगह पर नहीं है (कोई बैकअप नहीं मिला)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>यह कंप्यूटर जिस सबसे नए बैकअप को जानता है, %1 (बैकअप संख्या %2), वह इस जगह पर नहीं है (सबसे नया मिला: %3, बैकअप संख्या %4)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>यह कंप्यूटर जिस सबसे नए बैकअप को जानता है, %1 (बैकअप संख्या %2), वह इस जगह पर नहीं है (कोई बैकअप नहीं मिला)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>यह कंप्यूटर जिस सबसे नए बैकअप को जानता है, %1, वह इस जगह पर नहीं है (सबसे नया मिला: %2, बैकअप संख्या %3)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>यह कंप्यूटर जिस सबसे नए बैकअप को जानता है, %1, वह इस जगह पर नहीं है (कोई बैकअप नहीं मिला)। हो सकता है स्टोरेज को पीछे लौटाया गया हो या बैकअप मिटा दिए गए हों।</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>मिली हुई एकमात्र कीरिंग गोपनीय जानकारी को एक सादी (बिना एन्क्रिप्शन वाली) फ़ाइल में रखती है। Google साइन इन याद नहीं रखा जा सकता।</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>%2 पर %1 से मेल खाने वाले एक से ज़्यादा बैकअप हैं।</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>%2 पर %1 से मेल खाने वाला कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>गलत पासवर्ड। की को नष्ट करने से पहले की वॉल्ट %1 और प्रयासों की अनुमति देता है।</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>गलत पासवर्ड। की को नष्ट करने से पहले की वॉल्ट बस एक और प्रयास की अनुमति देता है।</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>एक रीस्टोर पहले से चल रहा है (%1 ने शुरू किया)।</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>एक रीस्टोर पहले से चल रहा है (%1 ने शुरू किया, %2 पर)।</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>एक रीस्टोर पहले से चल रहा है (%1 ने शुरू किया, प्रोसेस %2)।</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>एक रीस्टोर पहले से चल रहा है (%1 ने शुरू किया, प्रोसेस %2, %3 पर)।</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>एक रीस्टोर पहले से चल रहा है।</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>एक और बैकअप पहले से चल रहा है (%1 ने शुरू किया)।</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>एक और बैकअप पहले से चल रहा है (%1 ने शुरू किया, %2 पर)।</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>एक और बैकअप पहले से चल रहा है (%1 ने शुरू किया, प्रोसेस %2)।</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>एक और बैकअप पहले से चल रहा है (%1 ने शुरू किया, प्रोसेस %2, %3 पर)।</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>एक और बैकअप पहले से चल रहा है।</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>ब्लॉक %1 किसी पैक में नहीं है</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>मीडिया ब्लॉक %1 का कंटेंट गलत है</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>मैसेज ब्लॉक %1 फ़ॉर्मैट की अनुमति से बड़ा है</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>पैक %1 गायब है</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>बैकअप खराब है (मिली समस्याएँ: %1): %2।</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>बैकअप ऑब्जेक्ट %1 खराब है।</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>ब्लॉक %1 अधूरा है</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>इंडेक्स %1 अनदेखा किया गया: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>पढ़ते समय यह गायब हो गया</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>इसकी प्रामाणिकता की पुष्टि नहीं होती</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>इसकी संरचना किसी भी मान्य ऑब्जेक्ट से ज़्यादा है (इसे पढ़ने में बहुत ज़्यादा मेमोरी लगेगी)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>यह अधूरा है</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>यह फ़ॉर्मैट की अनुमति से बड़ा है</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>इसका फ़ॉर्मैट गलत है</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>यह मान्य कंप्रेस किया गया डेटा नहीं है</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>मैनिफ़ेस्ट %1 की प्रामाणिकता की पुष्टि नहीं होती</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>मैनिफ़ेस्ट %1 की संरचना किसी भी मान्य मैनिफ़ेस्ट से ज़्यादा है (इसे पढ़ने में बहुत ज़्यादा मेमोरी लगेगी)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>मैनिफ़ेस्ट %1 अधूरा है</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>मैनिफ़ेस्ट %1 फ़ॉर्मैट की अनुमति से बड़ा है</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>मैनिफ़ेस्ट %1 का फ़ॉर्मैट गलत है</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>मैनिफ़ेस्ट %1 मान्य कंप्रेस किया गया डेटा नहीं है</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>पैक %1 की प्रामाणिकता की पुष्टि नहीं होती</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>पैक %1 अधूरा है</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>पैक %1 फ़ॉर्मैट की अनुमति से बड़ा है</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>पैक %1 अपने इंडेक्स में बताए गए आकार से बड़ा है</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>पैक %1 का फ़ॉर्मैट गलत है</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>स्नैपशॉट %1 अनदेखा किया गया: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज अधूरे हैं</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज फ़ॉर्मैट की अनुमति से बड़े हैं</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज का फ़ॉर्मैट गलत है</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज वे नहीं हैं जो बैकअप में दर्ज हैं</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज मान्य कंप्रेस किया गया डेटा नहीं हैं</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज की प्रामाणिकता की पुष्टि नहीं होती</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज की संरचना किसी भी मान्य ब्लॉक से ज़्यादा है (इन्हें पढ़ने में बहुत ज़्यादा मेमोरी लगेगी)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>बैकअप खराब है (मिली समस्याएँ: %1), इनमें से कुछ: %2।</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>की वॉल्ट में पुरानी की मिटाई जा रही है</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>की वॉल्ट %1 में पुराने बैकअप सेट %2 वाली की अब भी रखी है, जिसे मिटाया नहीं जा सका (%3) जिसने भी उस सेट की कॉपी रखी है, वह उसे वहाँ पुराने पासवर्ड से अब भी खोल सकता है।</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>की वॉल्ट %1 में पुराने बैकअप सेट %2 वाली की अब भी रखी है: उसे मिटाने के लिए कोई पासवर्ड नहीं दिया गया। जिसने भी उस सेट की कॉपी रखी है, वह उसे वहाँ पुराने पासवर्ड से अब भी खोल सकता है।</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>की वॉल्ट %1 में पुराने बैकअप सेट %2 वाली की अब भी रखी है: जिस नई की या नई सुरक्षा ने उस सेट की जगह ली, वह की मिटाए जाने से पहले ही रुक गई। जिसने भी उस सेट की कॉपी रखी है, वह उसे वहाँ पुराने पासवर्ड से अब भी खोल सकता है।</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>की वॉल्ट का रिकॉर्ड उसके पासवर्ड से मिटाया जाता है, %1 अंकों वाली की से नहीं।</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>की वॉल्ट में इस बैकअप के लिए कोई की नहीं है (हो सकता है कि उसे मिटा दिया गया हो)।</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>पासवर्ड बदलते समय की वॉल्ट ने जवाब देना बंद कर दिया; हो सकता है नया पासवर्ड पहले से लागू हो।</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>इस बैकअप की की हटाते समय की वॉल्ट ने जवाब देना बंद कर दिया; हो सकता है की पहले ही हटा दी गई हो।</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>गलत पासवर्ड। की वॉल्ट ने नहीं बताया कि कितने प्रयास बाकी हैं।</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>वहाँ http://, socks5:// या socks5h:// प्रॉक्सी पता डालें, या यह सेटिंग हटा दें।</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>%1 में सेट किया गया प्रॉक्सी इस्तेमाल नहीं किया जा सकता: %2 प्रॉक्सी समर्थित नहीं हैं (केवल http, socks5 और socks5h)।</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>%1 में सेट किया गया प्रॉक्सी इस्तेमाल नहीं किया जा सकता: यह प्रॉक्सी पता नहीं है।</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>उस ग्रुप को अपनी सहेजी हुई की से मिलाएँ, या सहेजी हुई की फ़ाइल खोलें।</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>की के ग्रुप %1 में %3 की जगह %2 अंक हैं।</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>की के ग्रुप %1 में “%2” है, जो किसी भी की में नहीं होता: की में केवल अंक 0-9 और अक्षर a-f होते हैं।</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>इस चैट को बैकअप से बाहर रखें, फिर दोबारा बैकअप लें।</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>नई कुंजी बनाएँ (नया पासवर्ड और नई बैकअप की, या backupgui-cli key rotate): यह नए सेट में बैकअप करती है और इस सेट को हटा देती है।</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>चैट %1 में एक मैसेज है जिसकी तारीख़ साल %2 से %3 के बाहर है, जिसे बैकअप में नहीं रखा जा सकता। बैकअप रोक दिया गया; लाइब्रेरी और पिछले बैकअप में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>इस बैकअप सेट (%1) में एक बैकअप है जिसका नंबर किसी बैकअप का सबसे बड़ा संभव नंबर है, जहाँ तक सिर्फ़ गढ़ा हुआ बैकअप पहुँचता है: उसके बाद कोई बैकअप नहीं आ सकता। कुछ भी बैकअप नहीं किया गया।</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>ऑब्जेक्ट %1 सामान्य फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>फ़ाइल %1 में गलत सामग्री है</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>फ़ाइल %1 गायब है</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>%2 में %1 के मैसेज गायब हैं</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>%1 पढ़ा नहीं जा सकता: डिस्क भरी हुई है।</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>%1 पढ़ा नहीं जा सकता: पर्याप्त मेमोरी नहीं है।</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>%1 को डिस्क से पढ़ा नहीं जा सका; इसे फिर से कॉपी करें और दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 एक खराब zip फ़ाइल है।</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1 ऐसे तरीके से कंप्रेस किया गया है जिसे backupgui पढ़ नहीं सकता; इसे किसी दूसरे प्रोग्राम से अनज़िप करें और फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 अधूरा है (डाउनलोड या कॉपी पूरा नहीं हुआ); इसे फिर से कॉपी करें।</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 खराब है या डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 खराब है।</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 किसी दूसरे प्रोग्राम में इस्तेमाल हो रहा है; उसे बंद करें और दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>बैकअप का की बैग खराब है।</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>मैसेज डेटाबेस</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>इसके पाथ का एक हिस्सा फ़ाइल है, फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>backupgui को इसे इस्तेमाल करने की अनुमति नहीं है (इसकी अनुमतियाँ जाँचें)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>यह मौजूद नहीं है (शायद इसे हटाया या मिटाया गया है)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>यह फ़ोल्डर है, फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>यह बहुत ज़्यादा सिम्बॉलिक लिंक (या उनके एक लूप) से होकर जाता है</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>इसका नाम इस सिस्टम के लिए बहुत लंबा है</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>अस्वीकार किया गया: इंपोर्ट के दौरान यह सिम्बॉलिक लिंक बन गया</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>अस्वीकार किया गया: यह अब सामान्य फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>डिस्क भरी हुई है</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>डिस्क केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>डिस्क ने पढ़ने या लिखने की गड़बड़ी बताई (शायद यह खराब हो रही है या निकाल दी गई है)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>सिस्टम ने एक गड़बड़ी बताई (विवरण लॉग में है)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>खाली जगह जाँची जा रही है</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>डिस्क पर कुछ जगह खाली करें या कम चैट रीस्टोर करें। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>रीस्टोर के लिए पर्याप्त खाली जगह नहीं है: लाइब्रेरी की डिस्क पर लगभग %1 MB चाहिए, %2 MB खाली है। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>फ़ाइल की अनुमतियाँ बदलें, या ऐसी कॉपी चुनें जो आपकी हो।</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>जाँचें कि उसका फ़ोल्डर मौजूद है और आप उसे पढ़ और उसमें लिख सकते हैं।</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>ड्राइव जाँचें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>फ़ोल्डर की अनुमतियाँ जाँचें, या देखें कि उसकी ड्राइव सिर्फ़ पढ़ने के लिए तो माउंट नहीं है।</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>बैकअप फ़ोल्डर फिर से चुनें।</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>क्लाइंट की JSON फ़ाइल को ही चुनें।</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>उस फ़ोल्डर को बैकअप फ़ोल्डर से बाहर ले जाएँ, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>लाइब्रेरी को किसी बैकअप से रीस्टोर करें, या नई लाइब्रेरी शुरू करने के लिए फ़ाइल को कहीं और ले जाएँ।</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>Google OAuth क्लाइंट फ़ाइल %1 तक नहीं पहुँचा जा सकता: उसके रास्ते का एक फ़ोल्डर असल में फ़ाइल है।</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>Google OAuth क्लाइंट फ़ाइल %1 फ़ाइल नहीं, फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>Google OAuth क्लाइंट फ़ाइल %1 क्लाइंट फ़ाइल नहीं है: यह मान्य JSON नहीं है।</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>Google OAuth क्लाइंट फ़ाइल %1 क्लाइंट फ़ाइल होने के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>बैकअप फ़ोल्डर में वहाँ एक फ़ोल्डर है जहाँ बैकअप की एक फ़ाइल होनी चाहिए।</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>बैकअप फ़ोल्डर, या उसके रास्ते का कोई फ़ोल्डर, फ़ोल्डर के बजाय एक फ़ाइल या लिंक है।</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>चैट लाइब्रेरी बदली नहीं जा सकती: उसकी फ़ाइल या फ़ोल्डर सिर्फ़ पढ़ने लायक है।</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>चैट लाइब्रेरी इस्तेमाल नहीं की जा सकी।</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>चैट लाइब्रेरी की फ़ाइल खोली नहीं जा सकती।</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>चैट लाइब्रेरी की फ़ाइल खराब है।</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>चैट लाइब्रेरी की फ़ाइल चैट लाइब्रेरी नहीं है (यह SQLite डेटाबेस नहीं है)।</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>जिस डिस्क पर चैट लाइब्रेरी है, उसने एक गड़बड़ी बताई।</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>जिस ड्राइव पर बैकअप फ़ोल्डर है, उसने एक गड़बड़ी बताई।</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>%2 में %1 के मैसेज एक बैकअप की क्षमता से ज़्यादा हैं (हर चैट और महीने के लिए ज़्यादा से ज़्यादा %3 MiB)। बैकअप रोक दिया गया; लाइब्रेरी और पिछले बैकअप में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>%2 में %1 के मैसेज एक बैकअप की क्षमता से ज़्यादा हैं (हर चैट और महीने के लिए ज़्यादा से ज़्यादा %3 बाइट)। बैकअप रोक दिया गया; लाइब्रेरी और पिछले बैकअप में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>चैट लाइब्रेरी के लिए डिस्क पर काफ़ी खाली जगह नहीं है।</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>दोबारा कोशिश करें; अगर फिर से हो, तो लॉग में ब्योरा है।</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>backupgui को Google OAuth क्लाइंट फ़ाइल %1 पढ़ने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>ऑब्जेक्ट %2 के रास्ते का फ़ोल्डर %1 फ़ोल्डर नहीं, बल्कि लिंक या फ़ाइल है</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>साइन-इन पूरा करने के लिए Google से संपर्क नहीं हो सका।</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>Google ने साइन-इन का जवाब स्वीकार नहीं किया: उसकी समय-सीमा खत्म हो गई या वह पहले ही इस्तेमाल हो चुका है।</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>Google इस OAuth क्लाइंट को स्वीकार नहीं करता: उसे हटा दिया गया है, या क्लाइंट फ़ाइल पुरानी है।</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>पासवर्ड स्टोर ने अनुरोध अस्वीकार कर दिया: हो सकता है वह लॉक हो, या उसकी सेवा चल न रही हो।</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>की वॉल्ट का पता एक वेब पता (http:// या https://) होना चाहिए, या एक ही वॉल्ट के कई पते कॉमा से अलग करके: अधिकतम %1, कोई भी दो बार नहीं।</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>%1 पर मौजूद की वॉल्ट की पहचान (सर्वर की) %2 पर मौजूद वॉल्ट से अलग है; कुछ भी सेव नहीं किया गया।</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>पुराने बैकअप के लिए %1 से %2 दिन, हफ़्ते, महीने या साल चुनें।</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>बैकअप की एक फ़ाइल उस ड्राइव की अनुमति से बड़ी है जिस पर बैकअप फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>नेटवर्क ड्राइव से कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>ऐसी ड्राइव पर फ़ोल्डर चुनें जो बड़ी फ़ाइलें रख सके (FAT32 नहीं) और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>छोटे पाथ वाला फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>कुछ प्रोग्राम बंद करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>Google OAuth क्लाइंट फ़ाइल %1 पढ़ी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>बैकअप फ़ोल्डर इस्तेमाल करते समय कंप्यूटर की मेमोरी या खुली फ़ाइलों की सीमा खत्म हो गई।</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>जिस नेटवर्क ड्राइव पर बैकअप फ़ोल्डर है, उसने जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>बैकअप फ़ोल्डर का पाथ इस सिस्टम के लिए बहुत लंबा है।</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>कोई दूसरा प्रोग्राम इसे इस्तेमाल कर रहा है (वह प्रोग्राम बंद करके फिर से कोशिश करें)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>फ़ाइल इस डिस्क या खाते की अनुमति से बड़ी है</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>जिस नेटवर्क ड्राइव पर यह है, उसने जवाब नहीं दिया (कनेक्शन जाँचें)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>सिस्टम में बहुत सारी फ़ाइलें खुली हैं (कुछ प्रोग्राम बंद करके फिर से कोशिश करें)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>पर्याप्त मेमोरी नहीं है (कुछ प्रोग्राम बंद करके फिर से कोशिश करें)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 सामान्य फ़ाइल नहीं है; इसे पढ़ा नहीं जाता।</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>%1 को पढ़ने में उसके आकार के डेटाबेस से कहीं ज़्यादा समय लग रहा है; इसे ठुकरा दिया गया।</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>यह iPhone बैकअप WhatsApp की %1 से ज़्यादा फ़ाइलें बताता है (Manifest.db), जितनी कोई फ़ोन नहीं रखता; इसे ठुकरा दिया गया।</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>इस बैकअप के कुछ मैसेज लाइब्रेरी में उसी मैसेज की कॉपी से अलग हैं (बाद में एडिट किए गए, या कहीं और बदले गए)। दोनों वर्शन रखे गए।</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>इस एक्सपोर्ट के कुछ मैसेज लाइब्रेरी में उसी मैसेज की कॉपी से अलग हैं (बाद में एडिट किए गए, या कहीं और बदले गए)। दोनों वर्शन रखे गए।</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>किसी दूसरे कंप्यूटर (%1) ने भी पिछले %2 दिनों में इस बैकअप सेट में बैकअप लिया। कुछ भी नहीं खोता: दोनों के बैकअप एक ही इतिहास में रखे जाते हैं। अगर यह वह कंप्यूटर है जिसे आपने बदल दिया है, तो वहाँ उसके बैकअप बंद कर दें।</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>फिर से बैकअप लें: हटाए गए हिस्सों में जो था, वह दोबारा भेजा जाता है।</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>बैकअप के जिन हिस्सों का यह बैकअप दोबारा उपयोग करता है, वे इसके चलते समय हटा दिए गए: %1। हो सकता है उन्हें उसी बैकअप सेट में बैकअप लेने वाले किसी दूसरे कंप्यूटर ने हटाया हो। कोई नया बैकअप सहेजा नहीं गया; उससे पहले के बैकअप नहीं बदले।</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>ऐसी कॉल जिनका रिकॉर्ड पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>कोई दूसरा कंप्यूटर (%1) इस बैकअप सेट में बैकअप ले रहा है; उसके पूरा होने के बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>कोई दूसरा कंप्यूटर (%1) इस बैकअप सेट की कुंजी या पासवर्ड बदल रहा है; कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>कोई दूसरा कंप्यूटर (%1) इस बैकअप सेट की सफ़ाई कर रहा है; कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>इस बार पुराने बैकअप नहीं हटाए गए: कोई दूसरा कंप्यूटर (%1) इस बैकअप सेट का उपयोग कर रहा है। बाद का कोई बैकअप उन्हें हटा देगा।</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>इस बार पुराने बैकअप नहीं हटाए गए: इस बैकअप सेट में उतने से ज़्यादा लॉक ऑब्जेक्ट हैं जितने बैकअप लेने वाले कंप्यूटर बनाते हैं। बाद का कोई बैकअप उन्हें हटा देगा।</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>इस बैकअप सेट में %1 नए लॉक ऑब्जेक्ट हैं, जो बैकअप लेने वाले कंप्यूटरों के बनाए गए से ज़्यादा हैं: हो सकता है कि गंतव्य में लिखने की अनुमति वाले किसी व्यक्ति ने उन्हें वहाँ रखा हो। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>किसी दूसरे कंप्यूटर के बैकअप सेट का काम पूरा करने का इंतज़ार</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>बैकअप की सेटिंग खराब है, या यह backupgui का बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>बैकअप की सेटिंग बदली गई है (की की जाँच फ़ेल हुई)।</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>बैकअप की सेटिंग बदली गई है (इसकी प्रामाणिकता की पुष्टि नहीं होती)।</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>बैकअप सेट %1 की सेटिंग किसी दूसरे बैकअप सेट की है।</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>इस बैकअप की सेटिंग फ़ॉर्मैट वर्शन %1 बताती है, जिसे backupgui का यह वर्शन नहीं पढ़ सकता। backupgui अपडेट करें।</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>बैकअप सेट %1 की सेटिंग खराब है; अनदेखा किया गया</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>बैकअप सेट %1 की कोई सेटिंग नहीं है (शायद की बदलना बीच में रुक गया); अनदेखा किया गया</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>ऐसी कॉल जिनका नतीजा backupgui नहीं दिखाता</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1, किसी दूसरी चैट में</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>बदला गया: इस मैसेज के दो वर्शन। यह वाला: %1। दूसरा: %2।</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>इस मैसेज के दो वर्शन, अलग-अलग भेजने वालों से। यह वाला: %1। दूसरा: %2।</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>इस मैसेज के दो वर्शन। यह वाला: %1। दूसरा: %2।</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>लाइब्रेरी के यह दर्ज करने से पहले से मौजूद कि मैसेज कहाँ से आए</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>%1 को रीस्टोर किए गए बैकअप से</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>%1 को इंपोर्ट किए गए एक्सपोर्ट से</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>%1 को इंपोर्ट किए गए फ़ोन के बैकअप से</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>%1 में drive.appdata स्कोप के साथ दिया गया टोकन सेट करें, या ऐप में सेव किए गए साइन-इन के लिए इसे हटा दें।</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>फिर से साइन इन करें और Google के पेज पर वह बॉक्स चुनें जो backupgui को आपके Google Drive में अपना डेटा देखने, बनाने और मिटाने देता है।</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Google Drive में फिर से साइन इन करें और Google के पेज पर वह बॉक्स चुनें जो backupgui को आपके Google Drive में अपना डेटा देखने, बनाने और मिटाने देता है।</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Google साइन-इन backupgui को Google Drive इस्तेमाल करने की अनुमति नहीं देता: Google Drive में उसके अपने डेटा की अनुमति वाला बॉक्स नहीं चुना गया था।</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>%1 का ऐक्सेस टोकन backupgui को Google Drive इस्तेमाल करने की अनुमति नहीं देता (यह Drive की अनुमति के बिना दिया गया था)।</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>आपने backupgui को Google Drive इस्तेमाल करने की अनुमति नहीं दी: Google Drive में उसके अपने डेटा की अनुमति वाला बॉक्स नहीं चुना गया था।</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>अपने Google Workspace एडमिन से कहें कि वे backupgui को Google Drive इस्तेमाल करने की अनुमति दें, या किसी दूसरे Google खाते से साइन इन करें। तब तक फिर से कोशिश करने से कुछ नहीं होगा।</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>Google Drive, backupgui को इस्तेमाल नहीं करने दे रहा: इस Google Workspace खाते (ऑफ़िस या स्कूल का खाता) के एडमिन ने Drive ऐप्लिकेशन बंद कर दिए हैं।</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>अपने Google Workspace एडमिन से backupgui को अनुमति देने के लिए कहें, या किसी दूसरे Google खाते से साइन इन करें।</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>उस संगठन के किसी खाते से साइन इन करें, या कोई दूसरा OAuth क्लाइंट इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>इस Google Workspace खाते (ऑफ़िस या स्कूल का खाता) के एडमिन backupgui को इस खाते से साइन इन करने की अनुमति नहीं देते।</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>यह OAuth क्लाइंट सिर्फ़ अपने संगठन के Google खातों के लिए है, और यह खाता उनमें से नहीं है।</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>गलत पासवर्ड। की को नष्ट करने से पहले की वॉल्ट कई और प्रयासों की अनुमति देता है।</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>अपने Google Workspace एडमिन से backupgui के लिए ऐक्सेस सेट अप करने के लिए कहें, या किसी दूसरे Google खाते से साइन इन करें।</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>इस Google Workspace for Education खाते (स्कूल का खाता) के एडमिन ने backupgui के लिए ऐक्सेस सेट अप नहीं किया है।</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>कोई फ़ोल्डर नहीं चुना गया</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>Google Drive एम्युलेटर (%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Drive (साइन इन नहीं है)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>बैकअप के लिए कोई जगह नहीं चुनी गई है।</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>सेटिंग खोलें और कोई फ़ोल्डर या Google Drive चुनें।</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>कोई बैकअप फ़ोल्डर नहीं चुना गया है।</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>सेटिंग में कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>Google Drive इस वर्शन में अभी उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>अभी के लिए सेटिंग में बैकअप की जगह के रूप में कोई फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>अनजान जगह।</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>सेटिंग में कोई एक चुनें।</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>आपने Google Drive में साइन इन नहीं किया है।</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>सेटिंग खोलें और Google Drive में साइन इन करें।</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>backupgui को अपनी ज़रूरत की किसी फ़ाइल या फ़ोल्डर को इस्तेमाल करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>फ़ोल्डर की अनुमतियाँ जाँचें या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>डिस्क भर गई है।</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>डिस्क पर कुछ जगह खाली करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>कुछ ऐसी गड़बड़ी हुई जिसकी backupgui को उम्मीद नहीं थी।</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>आपकी चैट और बैकअप नहीं बदले गए। जानकारी लॉग में है; समस्या की रिपोर्ट करते समय लॉग भी साथ भेजें।</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>लॉग दिखाएँ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>गड़बड़ी</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>जानकारी</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1/s</source>
        <comment>a transfer speed, e.g. 3.2 MB/s</comment>
        <translation>%1/से.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds, abbreviated</comment>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, abbreviated</comment>
        <translation>%1 मि.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds, abbreviated</comment>
        <translation>%1 मि. %2 से.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>%1 घं. %2 मि.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>आज, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>कल, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>आज, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>कल, %1</translation>
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

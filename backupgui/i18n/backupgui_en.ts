<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupPanel</name>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatTableModel</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln media file</numerusform>
            <numerusform>%Ln media files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln message</numerusform>
            <numerusform>%1  ·  %Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>%Ln of these chats is already on this computer. What should happen to it?</numerusform>
            <numerusform>%Ln of these chats are already on this computer. What should happen to them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>%1 of %Ln chat selected</numerusform>
            <numerusform>%1 of %Ln chats selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>The last run, newest first.</numerusform>
            <numerusform>The last %Ln runs, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln warning: %1</numerusform>
            <numerusform>%Ln warnings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln file found</numerusform>
            <numerusform>%Ln files found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln not in the export (its message is kept)</numerusform>
            <numerusform>%1, %Ln not in the export (their messages are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln new message</numerusform>
            <numerusform>%Ln new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln was already in the library.</numerusform>
            <numerusform>%Ln were already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln media file added.</numerusform>
            <numerusform>%Ln media files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>%Ln line skipped (see Notes).</numerusform>
            <numerusform>%Ln lines skipped (see Notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln message differs from the library&apos;s copy (kept both).</numerusform>
            <numerusform>%Ln messages differ from the library&apos;s copy (kept both).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>One backup found, from %1. Protected by: %2.</numerusform>
            <numerusform>%n backups found, the newest from %1. Protected by: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>The backup is saved, with %Ln warning:</numerusform>
            <numerusform>The backup is saved, with %Ln warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (%Ln more character not shown here)</numerusform>
            <numerusform>%1
… (%Ln more characters not shown here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>%Ln more version.</numerusform>
            <numerusform>%Ln more versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>%Ln media file found</numerusform>
            <numerusform>%Ln media files found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>%Ln not on this computer (its message is kept)</numerusform>
            <numerusform>%Ln not on this computer (their messages are kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>Imported %Ln new message.</numerusform>
            <numerusform>Imported %Ln new messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln was already in the library.</numerusform>
            <numerusform>%Ln were already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln media file added.</numerusform>
            <numerusform>%Ln media files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>%Ln file not on this computer.</numerusform>
            <numerusform>%Ln files not on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <comment>a reason something was skipped (how many times)</comment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln message differs from the library&apos;s copy (kept both).</numerusform>
            <numerusform>%Ln messages differ from the library&apos;s copy (kept both).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%1 of %Ln chat</numerusform>
            <numerusform>%1 of %Ln chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>You can go back to any of the last %1, and to the newest backup.</numerusform>
            <numerusform>You can go back to any of the last %1, and to each of the newest %Ln backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>You can go back to the newest backup only: a chat deleted by mistake is in none of them once one more backup is made.</numerusform>
            <numerusform>You can go back to the newest %Ln backups only: a chat deleted by mistake is in none of them once %Ln more backups are made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln chat, %1, in %2.</numerusform>
            <numerusform>%Ln chats, %1, in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (and %Ln more warning)</numerusform>
            <numerusform>%1 (and %Ln more warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> backup</numerusform>
            <numerusform> backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>Restored &lt;b&gt;%Ln chat&lt;/b&gt; in %1.</numerusform>
            <numerusform>Restored &lt;b&gt;%Ln chats&lt;/b&gt; in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>%Ln media file was not in the backup (for example a video that was left out).</numerusform>
            <numerusform>%Ln media files were not in the backup (for example videos that were left out).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
</TS>

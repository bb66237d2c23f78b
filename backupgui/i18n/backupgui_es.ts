<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>backupgui no puede iniciarse</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>backupgui no puede escribir en %1: %2.</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>Haz que esa carpeta admita escritura (o libera espacio) y vuelve a abrir backupgui.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 pertenece a otro usuario (%2); backupgui no usa carpetas de otros usuarios.</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>backupgui se está ejecutando como root, que solo usa las carpetas propias de root: inicia backupgui con tu propio usuario (sin sudo).</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>Si se creó al ejecutar backupgui con sudo, devuélvela a tu usuario con este comando en una terminal, o elimínala; luego vuelve a iniciar backupgui:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>No se eligió ningún destino para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>Abre backupgui, ve a Configuración y elige una carpeta o Google Drive.</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>El cifrado de extremo a extremo aún no está configurado.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Esta computadora no tiene un llavero para guardar la clave de la copia de seguridad, así que las copias automáticas no pueden hacerse solas.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>La clave de la copia de seguridad no está guardada en esta computadora.</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>No hay chats seleccionados para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>Marca en backupgui los chats que quieres incluir en la copia de seguridad.</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>Próxima copia de seguridad automática</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Programación de copias…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Historial de copias…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>backupgui sigue en ejecución</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>Las copias de seguridad automáticas siguen desde la bandeja del sistema. Para detenerlas, elige Salir ahí.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>Abre backupgui y haz clic una vez en &quot;Hacer copia de seguridad&quot; para elegir una contraseña o una clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>El llavero del sistema no respondió en %1 segundos, así que las copias automáticas no pueden hacerse solas.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>El llavero del sistema está bloqueado o se negó a entregar la clave de la copia de seguridad, así que las copias automáticas no pueden hacerse solas.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Configuración</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>Todavía no se puede hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>No se puede acceder al destino de la copia de seguridad</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>Este destino ya tiene una copia de seguridad cifrada. Ingresa su contraseña o clave para que esta computadora siga guardando copias ahí.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>Esta computadora no tiene un llavero para guardar la clave de la copia de seguridad, así que ingresa tu contraseña o clave en cada copia.</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>La copia de seguridad no terminó</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>Todavía no se puede crear una clave nueva</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>La primera copia de seguridad en este destino se detuvo antes de terminar. Ingresa la clave de %1 dígitos que elegiste para ella y la copia seguirá desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>La primera copia de seguridad en este destino se detuvo antes de terminar. Ingresa la contraseña que elegiste para ella y la copia seguirá desde donde se detuvo.</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>Cifrado cambiado con una advertencia</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>La copia de seguridad ahora está protegida de la nueva forma, pero:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>Contraseña con bóveda de claves</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Copia de seguridad de chats</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>Haz una copia de seguridad de tus chats y archivos multimedia. Todo se protege con cifrado de extremo a extremo en esta computadora antes de guardarse.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Clave en esta computadora</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Activar el cifrado…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>Cambiar destino…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>Seleccionados para la copia de seguridad</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>Hacer copia de &amp;seguridad</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>Hacer ahora la copia de seguridad de los chats seleccionados (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>Ninguna todavía en este destino</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún no se eligió</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin iniciar sesión</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>Emulador de Google Drive</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>Activado · %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>Cambiar el cifrado…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>Desactivado: elegirás una contraseña o clave en la primera copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Revisando el llavero…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>No hay llavero en esta computadora: se te pedirá tu contraseña o clave en cada copia de seguridad.</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>Guardada en el llavero del sistema, así las copias se hacen sin preguntar.</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>Se guardará en el llavero del sistema</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>La última copia de seguridad no terminó. %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>La última copia de seguridad se canceló; la anterior no cambió.</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>No hay chats seleccionados</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 de archivos multimedia</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 de archivos multimedia (sin videos)</translation>
    </message>
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
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>La copia de seguridad se canceló, así que este destino todavía no tiene una copia completa. Lo que ya se subió se conserva; la próxima copia sigue desde ahí.</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1 · %2 de chats</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>Clave de %1 dígitos</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>Se activa con esta copia de seguridad · %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>Eliminar la clave antigua…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>La bóveda de claves de %1 todavía guarda la clave antigua de una copia reemplazada.</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>Aún no activado · %1 · la primera copia de seguridad se detuvo antes de terminar, así que la próxima volverá a pedir lo que elegiste</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Elige una copia de seguridad</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>Restaurar una copia más antigua de &amp;todos modos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Copias de seguridad encontradas</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>No se encontraron copias de seguridad aquí. Verifica que elegiste la carpeta o la cuenta donde guardaste la copia.</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 ms)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (la más reciente)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Copia de seguridad más reciente: %1 de %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>Se hicieron copias de seguridad más nuevas que estas, pero faltan en este destino (esta computadora o la bóveda de claves las recuerda). Es posible que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>Comprueba que esta es la copia de seguridad más reciente que hiciste: nada en esta computadora ni en una bóveda de claves registra el historial de esta copia.</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>Esta es la copia de seguridad más reciente que conocen esta computadora o la bóveda de claves.</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Tamaño guardado</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>El tamaño de la copia de seguridad en el destino, comprimida y cifrada</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>Leyendo los chats de la copia de seguridad</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>No se cambió nada en esta computadora.</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>Leyendo los chats de esta copia de seguridad…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>No se cambió nada en esta computadora. Elige otra copia de seguridad o pulsa Siguiente para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>Detenido. No se cambió nada en esta computadora. Pulsa Siguiente para volver a leer los chats de esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>La más reciente está seleccionada. Las copias de seguridad anteriores se conservan según lo definido en Configuración: de forma predeterminada, una por cada uno de los últimos %1.</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>chat name — messages, media files</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln archivo multimedia</numerusform>
            <numerusform>%Ln archivos multimedia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1, incluido en la copia de seguridad</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1, no incluido en la copia de seguridad</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1, %2, última actividad: %3</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
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
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>No se puede mostrar este chat</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>No se pudo abrir el chat</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>Este archivo multimedia no está en esta computadora.</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>Es posible que los videos no se hayan incluido en la copia de seguridad desde la que se restauró.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Abrir archivo adjunto</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>«%1» no es una foto, un video, un audio ni un PDF, así que backupgui no lo abre.</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>Los archivos de otros tipos pueden ejecutar programas al abrirse. Puedes guardar una copia y abrirla tú si confías en quien lo envió.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar archivo adjunto</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>No se pudo guardar el archivo adjunto</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>Mensajes de %1, del más antiguo al más reciente. Las flechas pasan de un mensaje a otro, Inicio y Fin van al primero y al más reciente, Intro abre un archivo adjunto, Control+Intro en una respuesta va al mensaje que cita y Esc cierra el chat.</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>Elige los chats que quieres restaurar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todos</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Chats en la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>&amp;Combinar: conservar lo que hay aquí y agregar los mensajes que faltan (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>&amp;Reemplazar los chats de aquí con la versión de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>Copia de seguridad de %1, %2: %3, %4, %5 de archivos multimedia.</translation>
    </message>
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
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln mensaje</numerusform>
            <numerusform>%1  ·  %Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>%Ln de estos chats ya está en esta computadora. ¿Qué quieres hacer con él?</numerusform>
            <numerusform>%Ln de estos chats ya están en esta computadora. ¿Qué quieres hacer con ellos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>%1 de %Ln chat seleccionado</numerusform>
            <numerusform>%1 de %Ln chats seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>Ninguno de estos chats está aún en esta computadora.</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>Los chats de esta computadora que no están en esta copia de seguridad se quedan como están.</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>Se descargan hasta %1 de la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>Cuenta de Google</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Iniciar &amp;sesión…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>Esta copia de backupgui no trae el inicio de sesión de Google integrado. Para hacer copias de seguridad en Google Drive, usa tu propio cliente de Google Cloud (gratis; Ayuda muestra los pasos) o prueba el emulador de Drive de abajo.</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>Usar tu &amp;propio cliente de Google Cloud…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>Usar el inicio de sesión &amp;integrado</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>Probar sin Google: usar el emulador de &amp;Drive en</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>Dirección del emulador de Drive</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>Tu propio cliente: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>Tu cliente OAuth de Google Cloud</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>Archivos de cliente (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>Este archivo de cliente no se puede usar</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>Tu propio cliente de Google Cloud</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>Copias de seguridad en Google Drive con tu propio cliente de Google Cloud</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>Esta copia de backupgui no trae el inicio de sesión de Google integrado. Para restaurar desde Google Drive, usa tu propio cliente de Google Cloud (gratis; Ayuda muestra los pasos) o prueba el emulador de Drive de abajo.</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1. Abre console.cloud.google.com y crea un proyecto.
%2. APIs y servicios (APIs &amp; Services) → Biblioteca: habilita la API de Google Drive.
%3. Pantalla de consentimiento de OAuth: tipo Externo; agrega el alcance …/auth/drive.appdata y tu cuenta de Google como usuario de prueba (o publica la app).
%4. Credenciales → Crear credenciales → ID de cliente de OAuth → App de escritorio; descarga el archivo JSON.
%5. Aquí: Usar tu propio cliente de Google Cloud… y elige ese archivo; luego, Iniciar sesión.

docs/DRIVE.md explica cada paso.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>Sesión iniciada como %1 (solo en esta sesión: sin llavero)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>Olvidar esta cuenta</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>¿Olvidar %1 en este ordenador?</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>El inicio de sesión se quita del almacén de contraseñas de este ordenador. Tus copias de seguridad se quedan en Google Drive y backupgui conserva su acceso allí: vuelve a iniciar sesión con esta cuenta para hacer copias o restaurar. Hasta entonces, las copias de seguridad en Google Drive se detienen.

No quites el acceso de backupgui en la configuración de tu cuenta de Google si quieres conservar estas copias: Google borra entonces las copias de seguridad de la carpeta oculta de la app.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>No se pudo olvidar la cuenta</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>&amp;Olvidar esta cuenta en este ordenador</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>Usar o&amp;tra cuenta…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>Activar el cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>Desbloquea tu copia de seguridad</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>Cambiar el cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>Desactivar el cifrado de extremo a extremo</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>Comprueba tu contraseña</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>Protege tu bóveda de claves</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Contin&amp;uar</translation>
    </message>
    <message>
        <source>Without it, nobody can restore your chats on a new computer — not even us. Enter it to check; it is checked here, not sent anywhere.</source>
        <translation>Sin ella, nadie puede restaurar tus chats en una computadora nueva, ni siquiera nosotros. Ingrésala para comprobarla; se comprueba aquí y no se envía a ningún lado.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Ingresa tu contraseña</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>Este destino ya tiene una copia de seguridad cifrada. Ingresa su contraseña para que esta computadora siga guardando copias ahí.</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>Ingresa tu contraseña actual</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>Para cambiar cómo se protege tu copia de seguridad, primero demuestra que conoces la contraseña actual.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>Para desactivar el cifrado de extremo a extremo en esta computadora se necesita la contraseña actual.</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>¿Todavía recuerdas tu contraseña?</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>La bóveda de claves de tu copia de seguridad se configuró antes de que pudiera distinguirte de otras personas: cualquiera que tenga un duplicado de la copia de seguridad puede probar contraseñas y agotar sus intentos. Ingresa tu contraseña una vez para vincular la bóveda a tu cuenta de Google.</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>La bóveda de claves de tu copia de seguridad se configuró antes de que pudiera distinguirte de otras personas: cualquiera que tenga un duplicado de la copia de seguridad puede probar contraseñas y agotar sus intentos. Ingresa tu contraseña una vez para vincular la bóveda a esta computadora y a un nuevo código de recuperación.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Código de recuperación de la bóveda de claves</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Código de recuperación de la bóveda de claves</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>Protege tu copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>Elige la nueva protección</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>Una nueva contraseña o clave solo cambia el candado de tu clave de copia de seguridad; no se vuelve a subir nada.</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>Usar una &amp;contraseña</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>Una clave aleatoria que anotas o guardas. La opción más segura, pero guárdala bien.</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>Usar una contraseña con la &amp;bóveda de claves</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>La bóveda de claves en %1 guarda tu clave; solo permite unos pocos intentos fallidos.</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>&amp;Nueva contraseña y nueva clave de copia de seguridad</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>Después de una filtración: una clave nueva y una copia de seguridad completa nueva; la antigua se borra.</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>Una nueva contraseña mantiene tu clave de copia de seguridad: una copia antigua de la configuración de la copia de seguridad con tu contraseña antigua todavía abre las copias nuevas. Si tu contraseña o clave pudo haberse filtrado, elige &lt;b&gt;Nueva contraseña y nueva clave de copia de seguridad&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Cómo funciona</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>Los chats y archivos multimedia se cifran en esta computadora con una clave de copia de seguridad aleatoria antes de guardarse.</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>Esta computadora guarda la clave de la copia de seguridad en su llavero, así las próximas copias se hacen sin preguntar.</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>Tu contraseña nunca sale de esta computadora. (Puedes configurar una bóveda de claves en Configuración).</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>Crea una contraseña</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>Necesitarás esta contraseña para restaurar tus chats en una computadora nueva. Esta computadora recuerda la clave de la copia de seguridad, así que no se te pedirá en cada copia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;Nadie puede recuperar esta contraseña.&lt;/b&gt; Si la olvidas y pierdes esta computadora, no se podrán abrir tus copias de seguridad, ni tú ni nosotros.</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>Anótala o guárdala en un lugar seguro, lejos de esta computadora. La necesitarás para restaurar tus chats en una computadora nueva.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;Nadie puede recuperar esta clave.&lt;/b&gt; Quien la tenga puede leer tus copias de seguridad; si pierdes la clave y esta computadora, no se podrán abrir tus copias.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>La bóveda de claves solo deja que esta computadora pruebe tu contraseña. En una computadora nueva, necesitarás este código junto con tu contraseña. Anótalo o guárdalo en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;Solo se muestra ahora.&lt;/b&gt; Sin él, una computadora nueva no puede restaurar tu copia de seguridad con tu contraseña. El código por sí solo no abre tu copia.</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>Confirma tu clave</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>Para asegurarte de que la guardaste, escribe abajo los grupos indicados de tu clave.</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>¿No encuentras estos grupos? Tu clave aún no está guardada: haz clic en &lt;b&gt;Atrás&lt;/b&gt; y luego cópiala o guárdala en un archivo.</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>¿Dejar de hacer copias de seguridad desde esta computadora?</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>backupgui nunca hace copias de seguridad sin cifrar.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Guardar contraseña</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Usar esta clave</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>&amp;Ya guardé mi clave</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>&amp;Ya guardé mi código</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>C&amp;omprobar</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>Crea una contraseña para la bóveda de claves</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>Crea una nueva contraseña para la nueva clave</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>Esta computadora no puede usar sola la bóveda de claves. Ingresa el código de recuperación que guardaste al configurar la bóveda, junto con tu contraseña.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>La comprobación falló de forma inesperada; consulta los detalles en el registro.</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>Confirma tu código de recuperación</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>Para asegurarte de que lo guardaste, escribe abajo los grupos indicados de tu código de recuperación.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>Grupo %1 de tu clave</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>Eso no coincide con tu código de recuperación. Vuelve atrás para verlo de nuevo y revisa los números de grupo.</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>Eso no coincide con tu clave. Vuelve atrás para verla de nuevo y revisa los números de grupo.</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>No se pudo cambiar el cifrado</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>Todavía no hay ninguna copia de seguridad en este destino, así que la contraseña no se puede comprobar aquí. Haz primero una copia: la primera copia aquí pregunta cómo se protegerá.</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>Fácil de recordar. Al menos %1 caracteres. La necesitarás para restaurar.</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>Los grupos están numerados del %1 al %2, de izquierda a derecha y de arriba abajo. Las letras se pueden escribir en mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>Ingresa tu clave de %1 dígitos</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>Este destino ya tiene una copia de seguridad cifrada. Ingresa su clave de %1 dígitos para que esta computadora siga guardando copias ahí.</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>Ingresa tu clave de %1 dígitos actual</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>Para cambiar cómo se protege tu copia de seguridad, primero demuestra que conoces la clave de %1 dígitos actual.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>Para desactivar el cifrado de extremo a extremo en esta computadora se necesita la clave de %1 dígitos actual.</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>¿Todavía recuerdas tu clave de %1 dígitos?</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>&amp;Clave de %1 dígitos</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>Tus chats se cifran en esta computadora antes de salir de ella. Solo alguien con tu contraseña o clave de %1 dígitos puede leer la copia de seguridad; ni Google ni nosotros.</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>Usar una clave de %1 &amp;dígitos</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>En una computadora nueva, tu contraseña o clave de %1 dígitos desbloquea la copia de seguridad. Nadie más puede hacerlo.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Tu clave de %1 dígitos</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>Si desactivas aquí el cifrado de extremo a extremo, backupgui:&lt;ul&gt;&lt;li&gt;eliminará la clave de la copia de seguridad del llavero de esta computadora,&lt;/li&gt;&lt;li&gt;dejará de hacer copias desde esta computadora hasta que vuelvas a activar el cifrado.&lt;/li&gt;&lt;/ul&gt;Las copias de seguridad ya hechas se quedan donde están, todavía cifradas. Puedes restaurarlas con tu contraseña o clave de %1 dígitos en cualquier momento.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>Esta computadora no tiene llavero, así que cada copia de seguridad te pide la contraseña o la clave.</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>Necesitarás esta contraseña para restaurar tus chats en una computadora nueva. Esta computadora no tiene llavero, así que cada copia de seguridad también te la pide.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>El código de recuperación que anotaste o guardaste no se usará: backupgui lo olvida ahora y el cifrado de extremo a extremo no se activa.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>El código de recuperación que anotaste o guardaste no se usará: backupgui lo olvida ahora y tu copia de seguridad sigue protegida como está.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>La clave de %1 dígitos que anotaste o guardaste no se usará: backupgui la olvida ahora y el cifrado de extremo a extremo no se activa. La próxima vez recibirás una clave nueva.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>La clave de %1 dígitos que anotaste o guardaste es la clave de tu propia copia de seguridad: sigue abriendo tus copias, así que guárdala en un lugar seguro o destrúyela. Tu copia de seguridad sigue protegida como está.</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>¿Salir sin terminar?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Quedarme</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>Historial de copias de seguridad</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>Copias de seguridad anteriores</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>Todavía no se hizo ninguna copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>La última copia, de la más reciente a la más antigua.</numerusform>
            <numerusform>Las últimas %Ln copias, de la más reciente a la más antigua.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciada por</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 subidos</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Detenida por ti</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Guardada en</translation>
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
        <translation>Detenida por ti (ya se habían enviado %1)</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (%2 enviados antes de detenerse)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln advertencia: %1</numerusform>
            <numerusform>%Ln advertencias: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>Elige una exportación de WhatsApp (.zip o .txt) o una exportación de Telegram Desktop (su carpeta, result.json o un .zip de ella).</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>No se eligió ninguna exportación</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Archivo o carpeta de la exportación</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de la exportación</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Mensajes:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Multimedia:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>Chats en la exportación</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>Advertencias y líneas omitidas</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>Importar desde la copia de seguridad del &amp;teléfono…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Elige una exportación</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>Chats exportados (*.zip *.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>Elige una carpeta exportada de Telegram</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Leyendo la exportación…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>Exportación de %1. Revisa lo que se va a importar y luego presiona Importar.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Groups and one-to-one chats</source>
        <translation>Grupos y chats individuales</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln archivo encontrado</numerusform>
            <numerusform>%Ln archivos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln no está en la exportación (su mensaje se conserva)</numerusform>
            <numerusform>%1, %Ln no están en la exportación (sus mensajes se conservan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>Importación terminada: %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln mensaje nuevo</numerusform>
            <numerusform>%Ln mensajes nuevos</numerusform>
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
            <numerusform>%Ln ya estaba en la biblioteca.</numerusform>
            <numerusform>%Ln ya estaban en la biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>Se agregó %Ln archivo multimedia.</numerusform>
            <numerusform>Se agregaron %Ln archivos multimedia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>Se omitió %Ln línea (consulta Notas).</numerusform>
            <numerusform>Se omitieron %Ln líneas (consulta Notas).</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>No se importó nada; la biblioteca no cambió.</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Importación cancelada; la biblioteca no cambió.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Cuenta eliminada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln mensaje difiere de la copia de la biblioteca (se conservaron ambos).</numerusform>
            <numerusform>%Ln mensajes difieren de la copia de la biblioteca (se conservaron ambos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>Este archivo no es un archivo de texto con una clave de copia de seguridad.</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Abrir archivo de clave…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>Abrir el archivo de tu clave de copia de seguridad</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Archivos de clave (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>Abrir archi&amp;vo de clave…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>Leer la clave del archivo que guardaste con &quot;Guardar en un archivo…&quot;</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>Clave de %1 dígitos</translation>
    </message>
</context>
<context>
    <name>KeyGrid</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>Copiada. Pégala en un lugar seguro y luego borra el portapapeles.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Guarda tu código de recuperación</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

Guarda este archivo en un lugar seguro y sin conexión. Con tu contraseña, te permite restaurar tu copia de seguridad en una computadora nueva.
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>Guarda tu clave de copia de seguridad</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

Guarda este archivo en un lugar seguro y sin conexión. Quien lo tenga puede leer tus copias de seguridad.
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>Guardada. Saca el archivo de esta computadora, por ejemplo a una memoria USB.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Tu clave de %1 dígitos</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>Ingresa tu contraseña o clave</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>La copia de seguridad tiene cifrado de extremo a extremo. Se desbloquea aquí, en esta computadora.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Copias de seguridad encontradas</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Conjunto de copias de seguridad</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>Código de &amp;recuperación de la bóveda de claves</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Código de recuperación de la bóveda de claves</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>Dirección de la &amp;bóveda de claves</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Dirección de la bóveda de claves</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>Este ordenador no ha usado nunca esta bóveda de claves</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>Dirección e identidad de la bóveda de claves</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>Continúa solo si es la bóveda de claves que elegiste al configurar esta copia de seguridad. Quien pueda cambiar el almacenamiento de la copia puede hacer que indique otro servidor, para recoger lo que demuestra tu cuenta y agotar tus intentos de contraseña.</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>Es la bóveda de claves que elegí para esta copia de seguridad</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>Confirmar la bóveda de claves</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>Copias de seguridad protegidas con: %1 (la más reciente: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>Se encontró una copia de seguridad (%1). Protección: %2.</numerusform>
            <numerusform>Se encontraron %n copias de seguridad; la más reciente: %1. Protección: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>Dirección: %1
Identidad (huella de la clave del servidor): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>Comprobando… (tarda unos segundos a propósito, para dificultar que la adivinen)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>El código de %1 dígitos que se mostró al configurar la bóveda de claves. No se necesita en la computadora que hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>&amp;Clave de %1 dígitos</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>Cámbiala solo si tu bóveda de claves se trasladó a una dirección nueva. Debe seguir siendo la bóveda con la que se hizo esta copia de seguridad. Varias direcciones de la misma bóveda (sus servidores) se separan con comas.</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Escribe la dirección de la bóveda de claves (http:// o https://), o varias direcciones de la misma bóveda separadas por comas: como máximo %1, ninguna repetida.</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>Direcciones: %1
Identidad (huella de la clave del servidor): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui — Copia de seguridad de chats</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Biblioteca: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>Leyendo tus chats…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>Logotipo de backupgui</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>Tus chats, con una copia de seguridad segura</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>Todavía no hay chats en esta computadora. Importa un chat exportado de WhatsApp o Telegram, restáuralos desde una copia de seguridad o explora con chats de ejemplo.</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar chats…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>Probar con chats de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>Buscar chats (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todos</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>Incluir vi&amp;deos</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>Incluir videos en la copia de seguridad</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>Los chats marcados se incluyen en la copia de seguridad. La barra espaciadora marca o desmarca el chat actual; Intro lo abre.</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>Marca los chats que quieres incluir en la copia de seguridad. Haz doble clic en un chat para leerlo.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;¿Todavía recuerdas la contraseña de tu copia de seguridad?&lt;/b&gt; Compruébala ahora para poder restaurar tus chats en una computadora nueva.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Compro&amp;bar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>C&amp;ancelar copia de seguridad</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>Cifrado de &amp;extremo a extremo…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>Comprobar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>&amp;Desactivar el cifrado…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>&amp;Buscar chat</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>&amp;Abrir chat</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>&amp;Volver a cargar la lista de chats</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar el &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>Acerca &amp;de backupgui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>No se pudieron leer tus chats</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>Creando chats de ejemplo…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>No se pudieron crear los chats de ejemplo</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>Copia de seguridad terminada: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>Copia de seguridad cancelada. La copia anterior no cambió.</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Copia de seguridad terminada con advertencias</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>La copia de seguridad se guardó, con %Ln advertencia:</numerusform>
            <numerusform>La copia de seguridad se guardó, con %Ln advertencias:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>La importación de chats exportados llegará pronto.</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>Acerca de backupgui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;Copias de seguridad de tus chats con cifrado de extremo a extremo en Google Drive o en una carpeta.&lt;/p&gt;&lt;p&gt;Tu contraseña y tu clave nunca salen de esta computadora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>Se está haciendo una copia de seguridad</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>¿Detener la copia de seguridad y salir?</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>La copia se detiene de forma segura y tu copia anterior queda como estaba. Las partes ya subidas se quedan en el destino, así que la próxima copia no las vuelve a enviar.</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>Se está haciendo una restauración</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>¿Detener la restauración y salir?</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>La restauración se detiene de forma segura; no se cambia nada en esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>&amp;Detener la restauración y salir</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>&amp;Seguir con la restauración</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>&amp;Detener la copia y salir</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>&amp;Seguir con la copia</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>La copia de seguridad se detiene de forma segura. Este destino todavía no tiene una copia completa; las partes ya subidas se quedan ahí, así que la próxima copia no las vuelve a enviar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;¿Todavía recuerdas tu clave de %1 dígitos?&lt;/b&gt; Compruébala ahora para poder restaurar tus chats en una computadora nueva.</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>Copia de seguridad cancelada. Aquí todavía no hay una copia completa.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>Una opción de configuración de backupgui.ini no era válida y se restableció a su valor predeterminado: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>Algunas opciones de configuración de backupgui.ini no eran válidas y se restablecieron a sus valores predeterminados: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>Entendido</translation>
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
        <translation>Tú</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>Archivo multimedia no guardado en esta computadora</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>Foto no guardada en esta computadora</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>Video no guardado en esta computadora</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>Mensaje de voz no guardado en esta computadora</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>Audio no guardado en esta computadora</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>Sticker no guardado en esta computadora</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>Documento no guardado en esta computadora</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>Archivo multimedia no incluido en la exportación</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>Foto no incluida en la exportación</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>Video no incluido en la exportación</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>Mensaje de voz no incluido en la exportación</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>Audio no incluido en la exportación</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>Sticker no incluido en la exportación</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>Documento no incluido en la exportación</translation>
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
        <translation>Mensaje de voz</translation>
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
        <translation>Documento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Cuenta eliminada</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>Participante desconocido</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>Eliminaste este mensaje</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Llamada de voz perdida</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Videollamada perdida</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>Llamada de voz grupal perdida</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>Videollamada grupal perdida</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>Te añadieron</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>Te eliminaron</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>Ahora eres admin</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>Te uniste con el enlace de invitación de este grupo</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>Tu código de seguridad cambió</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>Tu código de seguridad con %1 cambió</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>%1 cambió el nombre del grupo a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>Cambiaste el nombre del grupo a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>%1 cambió el nombre del grupo</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>Cambiaste el nombre del grupo</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 cambió el icono de este grupo</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>Cambiaste el icono de este grupo</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>%1 cambió la descripción del grupo</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>Cambiaste la descripción del grupo</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>%1 cambió su número de teléfono a %2</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>%1 cambió su número de teléfono</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>%1 creó el grupo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>Creaste el grupo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>%1 creó este grupo</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>Creaste este grupo</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>Te uniste</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Saliste del grupo</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>%1 te añadió</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>%1 te eliminó</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 añadió a un participante</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>Añadiste a un participante</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 eliminó a un participante</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>Eliminaste a un participante</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 añadió a %2</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>Añadiste a %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 eliminó a %2</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>Eliminaste a %2</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>%1 reaccionó con %2 a &quot;%3&quot;</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>Reaccionaste con %2 a &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>%1 reaccionó con %2</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>Reaccionaste con %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (%Ln carácter más que no se muestra aquí)</numerusform>
            <numerusform>%1
… (%Ln caracteres más que no se muestran aquí)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 eliminó el icono de este grupo</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>Eliminaste el icono de este grupo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>%1 se unió con el enlace de invitación de este grupo</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>%1 se unió</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>Se añadió a %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>%1 salió del grupo</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>%1 ahora es admin</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>Se añadió a %1</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>Se añadió a %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>%1 se unieron</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>%1 se unieron</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>%1 salieron del grupo</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>%1 salieron del grupo</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>%1 se unieron con el enlace de invitación de este grupo</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>%1 se unieron con el enlace de invitación de este grupo</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>%1 ahora son admins</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>%1 ahora son admins</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Llamada de voz, sin respuesta</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Videollamada, sin respuesta</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Llamada de voz grupal, sin respuesta</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Videollamada grupal, sin respuesta</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Llamada de voz, %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Videollamada, %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Llamada de voz grupal, %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Videollamada grupal, %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>Respuesta a un mensaje que no está en este chat</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>Respuesta a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>%Ln versión más.</numerusform>
            <numerusform>%Ln versiones más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Editado: este mensaje tiene dos versiones</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Este mensaje tiene dos versiones</translation>
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
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela de nuevo</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>C&amp;onfirmar contraseña</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>No es una contraseña muy usada</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>Las dos entradas coinciden</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Segura</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>Mostrar u ocultar la contraseña (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>Importar desde la copia de seguridad del teléfono</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>Importa todo tu historial de WhatsApp desde la copia de seguridad del propio teléfono: msgstore.db.crypt15 de un teléfono Android (WhatsApp/Databases) o una carpeta de copia de seguridad del iPhone hecha con Finder o iTunes. docs/IMPORT.md explica dónde encontrarlas y la clave.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>No se eligió ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>Archivo o carpeta de la copia del teléfono</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>Carpeta de copia del iP&amp;hone…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Copia de seguridad:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>Archivo de c&amp;lave…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key, o el archivo llamado &quot;key&quot; de una copia .crypt14/.crypt12</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>Contraseña de la copia del iPhone</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>&amp;Contraseña de la copia:</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>Opcional: la carpeta Media de WhatsApp, copiada del teléfono</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Carpeta de archivos multimedia</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Multimedia:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>Opcional: wa.db, para los nombres de los contactos</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Archivo de contactos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>A&amp;brir la copia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Chats en la copia de seguridad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>Elige la copia de seguridad de WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>Copias de seguridad de WhatsApp (*.crypt15 *.crypt14 *.crypt12 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>Elige la carpeta de copia del iPhone</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Elige el archivo de clave</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>Archivo de clave: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>Elige la carpeta Media de WhatsApp</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>Elige wa.db</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>Base de datos de contactos (wa.db*);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>Examinando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>Buscando archivos multimedia…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>Copia de seguridad del iPhone. Presiona Abrir la copia para leerla.</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>Copia de seguridad del iPhone cifrada: ingresa su contraseña y luego presiona Abrir la copia.</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>Copia de seguridad de Android: ingresa su clave y luego presiona Abrir la copia.</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>Base de datos de mensajes de Android. Presiona Abrir la copia.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Abriendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>Revisa lo que se va a importar y luego presiona Importar.</translation>
    </message>
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
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>%Ln archivo multimedia encontrado</numerusform>
            <numerusform>%Ln archivos multimedia encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>%Ln no está en esta computadora (su mensaje se conserva)</numerusform>
            <numerusform>%Ln no están en esta computadora (sus mensajes se conservan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>Se importó %Ln mensaje nuevo.</numerusform>
            <numerusform>Se importaron %Ln mensajes nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln ya estaba en la biblioteca.</numerusform>
            <numerusform>%Ln ya estaban en la biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>Se agregó %Ln archivo multimedia.</numerusform>
            <numerusform>Se agregaron %Ln archivos multimedia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>%Ln archivo no está en esta computadora.</numerusform>
            <numerusform>%Ln archivos no están en esta computadora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Importación cancelada; la biblioteca no cambió.</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Descifrando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>Importando mensajes…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>Desbloqueando la copia del iPhone…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>No se importó nada; la biblioteca no cambió.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
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
        <translation>La clave que WhatsApp mostró cuando activaste la copia de seguridad cifrada de extremo a extremo (%1 grupos de %2).</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>Clave de %1 &amp;dígitos:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln mensaje difiere de la copia de la biblioteca (se conservaron ambos).</numerusform>
            <numerusform>%Ln mensajes difieren de la copia de la biblioteca (se conservaron ambos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>Restaurando tus chats</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>Puedes seguir usando tu computadora. Si cancelas, no cambia nada en esta computadora.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>La restauración no terminó</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>No se cambió nada en esta computadora.</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauración cancelada</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>No hay suficiente espacio libre en esta computadora</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>No hay suficiente espacio libre</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>No se descargó nada ni se cambió nada en esta computadora.</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>Esta restauración necesita unos %1 en la unidad que contiene la biblioteca de chats (%3); hay %2 libres allí.</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>Libera espacio en esa unidad y elige Intentar de nuevo, o vuelve atrás y elige menos chats. Para restaurar en una biblioteca de chats de otra unidad, inicia backupgui con --library y una carpeta de esa unidad.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>Bytes completados, velocidad y tiempo restante</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s)</source>
        <translation>
            <numerusform>%1 de %Ln chat</numerusform>
            <numerusform>%1 de %Ln chats</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1 · en pausa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>faltan unos %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>En pausa: no se está leyendo ni enviando nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>Deteniendo de forma segura; la copia de seguridad anterior queda como estaba.</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>Deteniendo de forma segura; lo que ya se subió se conserva para la próxima copia.</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>Google Drive no funciona en este momento. Volviendo a intentar (intento %1 de %2)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>No se puede conectar con Google Drive: revisa la conexión a internet. Volviendo a intentar (intento %1 de %2)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>Deteniendo de forma segura; los chats de esta computadora quedan como estaban.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Aumentar</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Re&amp;ducir</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar los detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar los detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>Restaurar chats desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>&amp;Buscar copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>Un año de historial (recomendado)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>Ninguna: solo las copias más recientes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>Copias de seguridad anteriores que se conservan</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>Copias &amp;anteriores:</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>Una por &amp;día, durante los últimos:</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>Una por &amp;semana, durante las últimas:</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>Una por &amp;mes, durante los últimos:</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>Una por añ&amp;o, durante los últimos:</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>A qué puedes volver</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <comment>suffix after the number of weeks</comment>
        <translation>
            <numerusform> semana</numerusform>
            <numerusform> semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <comment>suffix after the number of months</comment>
        <translation>
            <numerusform> mes</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> año</numerusform>
            <numerusform> años</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>Las copias de seguridad comparten lo que no cambió, así que un historial más largo ocupa poco más espacio.</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln semana</numerusform>
            <numerusform>%Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>Puedes volver a cualquiera de los últimos %1 y a la copia de seguridad más reciente.</numerusform>
            <numerusform>Puedes volver a cualquiera de los últimos %1 y a cada una de las %Ln copias de seguridad más recientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>Solo puedes volver a la copia de seguridad más reciente: un chat eliminado por error ya no estará en ella después de una copia más.</numerusform>
            <numerusform>Solo puedes volver a las %Ln copias de seguridad más recientes: un chat eliminado por error ya no estará en ninguna después de %Ln copias más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>Eliminar la clave antigua…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>Eliminar la clave antigua</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>Eliminar la clave antigua de la bóveda de claves</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>La bóveda de claves de %1 todavía guarda la clave de una copia que fue reemplazada (por una clave nueva o un cambio de protección). Quien haya guardado una copia de esa copia antigua podría abrirla allí con la contraseña antigua. Ingresa la contraseña antigua para eliminar esa clave; no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>C&amp;ontraseña antigua</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>Contraseña antigua</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Código de recuperación de la bóveda de claves</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Código de recuperación de la bóveda de claves</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>&amp;Eliminar la clave antigua</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>Eliminando la clave antigua de la bóveda de claves…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>La bóveda de claves ya no guardaba la clave antigua: no queda nada por eliminar.</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>La clave antigua se eliminó de la bóveda de claves. Una copia guardada de la copia antigua ya no se puede abrir allí.</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>Esta computadora no puede usar sola la bóveda de claves. Ingresa el código de recuperación que guardaste al configurar la bóveda, junto con la contraseña antigua.</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>La clave antigua sigue en la lista: vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>No se pudo eliminar la clave antigua</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>Detenido. La clave antigua sigue en la bóveda de claves; puedes volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: cumplido</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: no cumplido</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Programación de copias de seguridad</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>No se pudo guardar la programación: %1</translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualmente</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Hacer copias de seguridad automáticamente</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>Copia de seguridad &amp;automática:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>A la &amp;hora:</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>El &amp;día de la semana:</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>En los meses más cortos, la copia se hace el último día.</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>El día del &amp;mes:</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>También hacer copias con conexiones &amp;medidas (datos móviles, hotspots)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>Con batería, esperar a que se conecte el cargador cuando la batería esté por debajo de este nivel.</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>Con batería, solo &amp;por encima de:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>&amp;Notificarme cuando una copia termine bien (los errores siempre se muestran)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>&amp;Iniciar backupgui al iniciar sesión (en la bandeja)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>Las copias de seguridad automáticas se hacen mientras backupgui está en la bandeja del sistema. Las copias que no se hicieron se hacen poco después de que la computadora se reactiva.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>Este escritorio no muestra una bandeja del sistema, así que las copias de seguridad automáticas solo se hacen mientras la ventana de backupgui está abierta. Una copia que no se hizo se hace poco después de abrirla.</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>&amp;Iniciar backupgui al iniciar sesión</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>Desactivado (solo cuando hago clic en &quot;Hacer copia de seguridad&quot;)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>mañana a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>la conexión es medida (las copias con conexiones medidas están desactivadas)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>la batería está al %1%, por debajo del %2%</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>no hay conexión a internet</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>hay otra copia de seguridad en curso</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Ya hay una copia de seguridad en curso</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Espera a que termine o cancélala primero.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Las copias de seguridad automáticas están desactivadas</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>Próxima copia de seguridad: en espera, porque %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>Próxima copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Copia de seguridad omitida</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>La copia de seguridad automática no se hizo porque %1. Se hará a la próxima hora programada, o puedes elegir &quot;Hacer copia de seguridad ahora&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln chat, %1, en %2.</numerusform>
            <numerusform>%Ln chats, %1, en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>Tus chats tienen copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Copia de seguridad completada</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>Un error inesperado detuvo la copia de seguridad (%1). Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>La copia de seguridad necesita tu contraseña</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>backupgui lo volverá a intentar %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Abre backupgui y haz clic en &quot;Hacer copia de seguridad&quot; para ingresar tu contraseña o tu clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>La clave antigua sigue en la bóveda de claves</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>Haz clic aquí para eliminarla con la contraseña antigua.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (y %Ln advertencia más)</numerusform>
            <numerusform>%1 (y %Ln advertencias más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Copia de seguridad terminada con advertencias</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>otra computadora (%1) está usando el conjunto de copias de seguridad</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>el conjunto de copias de seguridad contiene más objetos de bloqueo de los que crean las computadoras que hacen copias</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>Otra computadora está usando el conjunto de copias de seguridad</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Dónde se guardan las copias de seguridad</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>&amp;Una carpeta</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>Por ejemplo, una memoria USB o una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>Las copias de seguridad van a una carpeta oculta de la app en tu Drive que solo backupgui puede ver.</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (próximamente)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>Incluir &amp;videos</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias de seguridad que se conservan</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>&amp;Nombre de esta computadora:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Conservar las últimas:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Dirección de la bóveda de claves</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nivel del registro</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>Nivel del &amp;registro:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>backupgui mostrará el nuevo idioma cuando lo reinicies.</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> copia de seguridad</numerusform>
            <numerusform> copias de seguridad</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elige la carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>Elige la carpeta para tus copias de seguridad.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>Inicia sesión en Google Drive primero o elige una carpeta.</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>No se puede comprobar la carpeta</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 es un archivo, no una carpeta. Elige una carpeta para las copias de seguridad.</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>La unidad de la copia de seguridad no está conectada: conecta la unidad que contiene %1 o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>Escribe la ruta completa de la carpeta (por ejemplo, /home/tu/Copias) o haz clic en Examinar.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 no existe, ni tampoco la carpeta en la que estaría. Elige una carpeta que exista o conecta la unidad que la contiene.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>¿Crear la carpeta?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>La carpeta %1 todavía no existe.</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>¿Crearla en %1?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>&amp;Crear carpeta</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>No se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>&amp;Bóveda de claves:</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>backupgui no puede escribir en %1 (la unidad es de solo lectura o la carpeta no es tuya). Elige otra carpeta.</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>Esta copia de backupgui no puede iniciar sesión en Google Drive por sí sola: usa tu propio cliente de Google Cloud o el emulador de Drive (arriba), o elige una carpeta.</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>La configuración y los registros se guardan aquí; las contraseñas y las claves, nunca.</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Archivo de configuración:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>Iniciar sesión en Google Drive</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Termina de iniciar sesión en tu navegador</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>Tu navegador muestra la página de inicio de sesión de Google. Inicia sesión allí y elige Permitir; luego vuelve aquí.</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Si no se abrió ninguna ventana del navegador, copia este enlace en tu navegador:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>Preparando el enlace de inicio de sesión…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir el navegador otra vez</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>No se pudo abrir ningún navegador: copia el enlace en tu navegador.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>Esperando a que termines de iniciar sesión… (quedan %1)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>No se pudo iniciar sesión en Google</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>El inicio de sesión no terminó</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Enlace copiado. Pégalo en la barra de direcciones de tu navegador.</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>Tu navegador muestra la página de inicio de sesión del emulador de Drive. Elige Permitir allí; luego vuelve aquí.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>Tus chats están de vuelta</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>Abre un chat para comprobar que está todo.</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>&amp;Seguir haciendo copias de seguridad en este destino desde esta computadora</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>Recuerda el destino y guarda la clave de la copia de seguridad en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>&amp;Abrir un chat restaurado</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>Se restauró &lt;b&gt;%Ln chat&lt;/b&gt; en %1.</numerusform>
            <numerusform>Se restauraron &lt;b&gt;%Ln chats&lt;/b&gt; en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>Mensajes: %1 agregados, %2 ya estaban aquí.</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>Archivos multimedia: %1 restaurados, %2 ya estaban aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>%Ln archivo multimedia no estaba en la copia de seguridad (por ejemplo, un video que se dejó fuera).</numerusform>
            <numerusform>%Ln archivos multimedia no estaban en la copia de seguridad (por ejemplo, videos que se dejaron fuera).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>Sigues con la sesión iniciada en Google Drive como %1 en esta computadora. Si no es tuya, olvida la cuenta antes de irte.</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Drive: se olvidó %1 en esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <comment>a restored chat&apos;s name</comment>
        <translation>&amp;Abrir %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>C&amp;ancelar copia de seguridad</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>Próxima copia de seguridad: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Programación de copias…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Historial de copias…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
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
        <translation>¿Dónde están tus copias de seguridad?</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>Elige la carpeta o la cuenta de Google Drive donde guardaste la copia de seguridad.</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>Una &amp;carpeta (memoria USB, carpeta de red, …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>Carpeta que contiene tus copias de seguridad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (próximamente)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elige la carpeta de la copia de seguridad</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Buscando copias de seguridad…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
<context>
    <name>backup</name>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>No hay chats seleccionados para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>Marca los chats que quieres incluir en la copia de seguridad, o usa Seleccionar todos.</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>Cámbialo en Configuración.</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>El registro de la bóveda de claves de esta copia de seguridad puede ser más seguro.</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>Este destino tiene una copia de seguridad distinta de la que usa esta computadora.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>La clave de la copia de seguridad no está guardada en esta computadora.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>La cantidad de copias de seguridad que se conservan debe ser al menos %1.</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>Esta es la primera copia de seguridad en este destino. Elige la contraseña o la clave de %1 dígitos que la protegerá aquí.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 pertenece a otro usuario; elimínalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>%1 cambió mientras se leía.</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>%1 contiene vistas o disparadores que intentan ejecutar algo; se rechaza.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>%1 no tiene nombres de contactos (wa_contacts).</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>%1 contiene una base de datos de más de %2 GiB; se rechaza.</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>%1 contiene un valor de más de %2 MiB; se rechaza.</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>%1 no contiene un archivo de texto de chat (.txt); no es una exportación de WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>%1 no contiene result.json; no es una exportación de Telegram Desktop (elige el formato JSON al exportar).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 es una carpeta, pero no una copia de seguridad del iPhone (no tiene Manifest.db).</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 es un archivo zip incompleto: le falta el final.</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 está incompleto (termina dentro de su encabezado).</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 está dañado: la clave es correcta, pero el archivo no pasa su comprobación de autenticación.</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 está vacío; no contiene mensajes.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 no es un archivo de copia de seguridad de WhatsApp (.crypt15, .crypt14, .crypt12) ni una carpeta de copia del iPhone.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 no es una exportación de WhatsApp (no hay un archivo .txt de chat) ni de Telegram (no hay result.json).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1 no es la base de datos de contactos de WhatsApp (wa.db o ContactsV2.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1 no es la base de datos de contactos de WhatsApp (wa.db).</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 no es una exportación de Telegram: %2 (línea %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 no es un chat exportado de WhatsApp: la línea %2 no empieza con una fecha y hora (%3).</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 no es una carpeta; elimínalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 no es una dirección web (http:// o https://).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 no es una carpeta de copia de seguridad del iPhone.</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 está protegido con contraseña; vuelve a exportar el chat sin contraseña.</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 es demasiado grande para ser un archivo de clave de WhatsApp.</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>%1 se abre con esta clave, pero no contiene una base de datos de mensajes (WhatsApp también guarda así copias de archivos multimedia y ajustes).</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>%1 se abre con esta clave, pero su contenido está dañado o incompleto.</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>Un archivo es más grande de lo que permite este disco o esta cuenta. No se cambió nada.</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>Aquí se espera un archivo de clave, no la clave en sí; pon la clave en un archivo o usa BACKUPGUI_WHATSAPP_KEY.</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>Se necesita la dirección de una bóveda de claves para proteger una copia de seguridad con la bóveda.</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>No se puede crear una carpeta de trabajo privada en %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>No se puede preparar la carpeta %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>No se puede leer el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>Revisa la contraseña o la clave y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>Elige una carpeta o Google Drive como destino.</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>Elige un nivel de registro.</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>Elige msgstore.db.crypt15 (o .crypt14 / .crypt12) de la carpeta WhatsApp/Databases del teléfono, o una carpeta de copia del iPhone hecha con Finder o iTunes.</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>Elige el .txt o el .zip de &quot;Exportar chat&quot; de WhatsApp, o el result.json de Telegram Desktop.</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>Cierra la otra ventana o el otro comando de backupgui y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>Vuelve a copiar el archivo desde el teléfono; no se importó nada.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>Crea un cliente OAuth del tipo &quot;App de escritorio&quot; (no &quot;Aplicación web&quot;).</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>Creando la nueva clave</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>Cifrando y subiendo</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>Libera espacio en el disco y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>Ponle un nombre a esta computadora.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>No se pudo acceder a Google Drive.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>Google Drive no aceptó el inicio de sesión guardado (venció o se revocó).</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>Google no aceptó el inicio de sesión guardado (venció o se revocó).</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>Google no le dio a backupgui acceso permanente a Google Drive.</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>Instala o desbloquea un almacén de contraseñas (GNOME Keyring, KWallet, Llavero de macOS, Administrador de credenciales de Windows) o inicia sesión solo para esta sesión.</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>Nombre de objeto no válido: %1.</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>Es la contraseña elegida en Finder o iTunes para &quot;Encriptar copia local&quot;, no el código del teléfono ni la contraseña del Apple ID.</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>El Manifest.plist es demasiado grande para ser de una copia del iPhone.</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>No se pudo abrir ningún navegador para iniciar sesión en Google.</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>No iniciaste sesión en Google Drive.</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>Empaquetando mensajes</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>Leyendo el índice de la copia de seguridad</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>La lectura de la exportación se detuvo de forma inesperada (el lector terminó con el código %1).</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>Quita el acceso de backupgui en la configuración de tu cuenta de Google y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Eliminando copias de seguridad antiguas</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>Restaurando archivos multimedia</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>Restaurando mensajes</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>Guardando la clave en esta computadora</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>Inicia sesión desde la app primero o define BACKUPGUI_DRIVE_TOKEN.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>Vuelve a iniciar sesión en Google Drive.</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>Algunas filas de %1 que se están agregando hacen referencia a filas que no existen.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>El archivo del cliente OAuth de Google %1 no existe.</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>La clave de WhatsApp solo tiene los dígitos 0-9 y las letras a-f; el texto indicado tiene otros caracteres.</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>Revisa el destino de la copia de seguridad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>Revisa la unidad (puede que se haya desconectado o esté fallando) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>Revisa la ruta o conecta la unidad que la contiene.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Elige una carpeta para las copias de seguridad.</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>Elige una carpeta que sea tuya o cambia los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>Conecta la unidad que contiene %1 o elige otra carpeta, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>Descarga el JSON del cliente de tipo App de escritorio desde la consola de Google Cloud (consulta docs/DRIVE.md) y vuelve a elegirlo.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>Ingresa la contraseña de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>Libera espacio en el destino de la copia de seguridad o elige otro, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>Google Drive no aceptó el token de acceso de %1 (es incorrecto o caducó).</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>Puede que no haya terminado de descargarse o copiarse. Vuelve a exportar o copiar el chat y luego importa el archivo nuevo.</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>Sus direcciones deben usar https (o http en esta computadora).</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>No hay ninguna carpeta de copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>Quitando el conjunto de copias de seguridad antiguo</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>Asigna a %1 un token de acceso válido o elimínala para usar el inicio de sesión guardado por la app.</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>Vuelve a iniciar sesión y elige Permitir para hacer copias de seguridad en Google Drive.</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>Inicia sesión desde la app, que muestra el enlace para copiar.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>El cliente OAuth de Google en %1 tiene un %2 inseguro.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>El cliente OAuth de Google en %1 no es de tipo App de escritorio.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>Al cliente OAuth de Google en %1 le falta %2.</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>El inicio de sesión de Google no terminó en %1.</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión de Google.</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>La unidad de la copia de seguridad no está conectada.</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>La copia de seguridad no tiene ningún chat con el id %1.</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>La copia de seguridad contiene dos veces los mensajes de un chat para %1.</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>El manifiesto %1 de la copia de seguridad no pertenece a este lugar.</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>Es posible que la copia de seguridad se haya modificado o borrado en parte. Consérvala y haz una copia nueva.</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>El objeto %1 de la copia de seguridad no existe.</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>Falta el objeto %1 de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>El Manifest.plist de la copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>El registro de la bóveda de claves de la copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>El espacio de la contraseña de la copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>La copia de seguridad está dañada: %1.</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>%1 escribe sus fechas sin el año, y nada en él indica de qué año son.</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: no se pudo leer ninguno de sus mensajes (línea %2: %3).</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>Chats combinados con chats importados desde exportaciones: %1.</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>Las fechas escritas sin año se leyeron como de %1 o posteriores, el año siguiente al último que aparece en la exportación; revísalas.</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>Importa el .zip tal como lo creó WhatsApp (su fecha indica el año), no el .txt extraído de él.</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>El manifiesto de la copia de seguridad %1 asigna a un archivo multimedia el blob de otro archivo.</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>El chat %1 no tiene mensajes guardados para %2.</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>Otro programa está usando la biblioteca de chats.</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>El chat se combinó con el mismo chat importado desde una copia de seguridad del teléfono.</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>La computadora está con batería al %1%, por debajo del %2%.</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>La conexión es medida (por ejemplo, un hotspot móvil) y las copias de seguridad con conexiones medidas están desactivadas.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>Las fechas pueden llevar primero el día o el mes; se leyeron como día/mes/año.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>Las fechas pueden llevar primero el día o el mes; se leyeron como mes/día/año.</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>El disco se llenó durante la restauración. No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>El disco se llenó al descifrar la copia de seguridad del teléfono.</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>La unidad está montada como solo lectura o protegida contra escritura: desbloquéala o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>La tarea se canceló.</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>La clave no abre esta copia de seguridad (el archivo está completo: su suma de comprobación es correcta).</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>La clave no abre esta copia de seguridad, o el archivo está dañado (su suma de comprobación tampoco coincide).</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>La clave que devolvió la bóveda no descifra; puede estar dañada.</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>La dirección de la bóveda de claves no es una URL http(s).</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>La bóveda de claves ya tiene una clave con este identificador.</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>La bóveda de claves respondió con otra clave de servidor; no se guardó nada.</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>No se pudo acceder a la bóveda de claves en %1.</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>La bóveda de claves en %1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>La bóveda de claves no autorizó la vinculación con la cuenta.</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>La bóveda de claves no autorizó el cambio de contraseña.</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>La bóveda de claves no confirmó la eliminación.</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>La bóveda de claves no acepta cuentas de Google; elige una copia en carpeta u otra bóveda.</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>La bóveda de claves no pudo demostrar su identidad; no se entregó nada.</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>La bóveda de claves encontró su registro guardado modificado o dañado.</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>La bóveda de claves está limitando las solicitudes; vuelve a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>La bóveda de claves necesita una prueba de la cuenta de esta copia de seguridad para llevar su recuento de copias.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>El registro de esta copia de seguridad en la bóveda de claves ya está vinculado a una cuenta.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>El registro de esta copia de seguridad en la bóveda de claves está vinculado a otro tipo de cuenta distinto del que indica su configuración.</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>La bóveda de claves rechazó esta cuenta de Google: la clave de la copia de seguridad está vinculada a otra. Inicia sesión en Google Drive con la cuenta que hizo la copia.</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>La bóveda de claves rechazó la credencial de esta computadora y el código de recuperación. Revisa el código de recuperación.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>La bóveda de claves envió un registro de secuencia de copias no válido.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>La bóveda de claves envió una respuesta de registro no válida.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>La bóveda de claves envió una respuesta no válida (falta %1).</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>La bóveda de claves envió una respuesta no válida (%1).</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>El registro de secuencia de copias de la bóveda de claves es de otro conjunto de copias de seguridad.</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>El registro de secuencia de copias de la bóveda de claves no está firmado con la clave de esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>La clave de servidor de la bóveda de claves no es la esperada; no se guardó nada.</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>La biblioteca no tiene ningún chat con el id %1.</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>La contraseña no abre esta copia del iPhone (su lista de archivos no se descifra).</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>La contraseña no abre esta copia del iPhone.</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>La contraseña no es correcta para esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>El inicio de sesión de Google guardado pertenece a otro cliente OAuth.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>La configuración de la bóveda de esta copia de seguridad está dañada.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>La configuración de la bóveda de esta copia de seguridad está incompleta o dañada.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>No hay ninguna copia de seguridad %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>No hay ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>No hay ningún conjunto de copias de seguridad %1 en %2.</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>No hay ninguna biblioteca de chats en %1.</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>No hay ningún chat con el id %1.</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>No hay conexión a internet.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>Esta copia de seguridad está protegida con una contraseña guardada en una bóveda de claves.</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>Esta copia de seguridad indica una bóveda de claves que este ordenador no ha usado nunca: %1 (identidad %2). No se le ha enviado nada. Continúa solo si es la bóveda de claves que elegiste al configurar esta copia: quien pueda cambiar el almacenamiento de la copia puede hacer que indique su propio servidor.</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>Esta biblioteca de chats se creó con una versión más nueva de backupgui.</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>Esta copia de backupgui no trae el inicio de sesión de Google integrado.</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>Esta base de datos tiene más de %1 chats; se rechaza.</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>Esta base de datos tiene demasiados chats; se rechaza.</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>Esta base de datos no es la base de datos de mensajes de WhatsApp (msgstore.db): no tiene tabla de mensajes.</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>Esta copia cifrada del iPhone no tiene claves utilizables (Manifest.plist).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>Este archivo no es una copia de seguridad de WhatsApp (no se puede leer su encabezado).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>Este archivo no es una copia de seguridad de WhatsApp (no se encontró un encabezado).</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>Este archivo es demasiado corto para ser una copia de seguridad de WhatsApp.</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>El Manifest.db de esta carpeta no es de una copia del iPhone.</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>Esta copia del iPhone no contiene mensajes de WhatsApp (no hay ChatStorage.sqlite en el dominio de WhatsApp).</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>Esta copia del iPhone está cifrada: se necesita su contraseña.</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>Esto es demasiado largo para ser una clave de copia de seguridad o un archivo de clave.</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>Esta no es la base de datos de WhatsApp del iPhone (ChatStorage.sqlite).</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>Este archivo de clave pertenece a otra copia de seguridad (su sal del servidor es distinta de la que se usó para hacer esta copia).</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>Este archivo de clave está dañado (falla su comprobación interna).</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>Este archivo de clave está dañado o no lo creó WhatsApp.</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>Este archivo de clave es de una versión que backupgui no conoce.</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>Esta bóveda de claves no acepta cuentas de Google, que las copias en Google Drive usan para proteger los intentos de contraseña.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>Esta bóveda de claves es demasiado antigua: no puede vincular la clave de una copia de seguridad a una cuenta, así que cualquiera que tenga la copia podría agotar sus intentos de contraseña. Actualiza la bóveda.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Esta contraseña es demasiado común; elige una más difícil de adivinar.</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>Para continuar, confirma la bóveda o vuelve a ejecutar el comando con --trust-vault (o indica la dirección de la bóveda con --vault URL).</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>Para restaurar la copia más antigua de todos modos, confírmalo en la ventana de restauración, o indícala con --backup y agrega --accept-rollback.</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>Vuelve a intentarlo. Si no se abrió ninguna ventana del navegador, copia el enlace de inicio de sesión en tu navegador.</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>Escríbelo tal como se mostró al configurar la bóveda de claves; se ignoran los espacios y guiones.</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>Formato de exportación desconocido: %1; usa &apos;whatsapp&apos; o &apos;telegram&apos;.</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>Desbloqueando la copia de seguridad</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>Desbloqueando la copia del iPhone</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>Usa tu propio cliente de Google Cloud: Configuración → Google Drive → &quot;Usar tu propio cliente de Google Cloud…&quot; (docs/DRIVE.md tiene los pasos) o prueba el emulador de Drive.</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>No permitiste que backupgui usara Google Drive.</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>Un archivo multimedia de la biblioteca está dañado y se omitió (%1).</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>Falta un archivo multimedia en la biblioteca (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>El conjunto de copias %1 no se abre con esta clave o contraseña; se ignora.</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Esta vez no se pudieron eliminar las copias antiguas (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>La bóveda de claves no pudo registrar esta copia como la más reciente, así que una restauración en otra computadora no podrá saber si el almacenamiento de la copia se revirtió (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>El registro de esta copia en la bóveda de claves es anterior a la vinculación con la cuenta: cualquiera con una copia de la copia de seguridad puede agotar sus intentos de contraseña. Haz una copia con la contraseña (backupgui-cli backup) para vincularla a tu cuenta (docs/VAULT.md 1.6).</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>un chat cuyo id no es un id de WhatsApp</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>un mensaje que no es un objeto JSON</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>adjunto %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>chats que faltan en la lista de chats de la base de datos</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>fecha u hora no válida (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>líneas %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>mensaje %1 (línea %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>mensajes de tipos que backupgui no puede mostrar (llamadas, encuestas, pagos...)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>mensajes sin una fecha válida</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>sin fecha legible</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>texto UTF-8 no válido</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>actualizaciones de estado (no son un chat)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>avisos del sistema de un tipo que backupgui no muestra</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>texto antes del primer mensaje</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>no se pudo leer el resto del archivo (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>indicador AM/PM desconocido en la hora</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>tipo de mensaje desconocido %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de backupgui (sus mensajes están en la versión de formato %1), que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>Actualiza backupgui a su versión más reciente y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 no es un chat exportado de WhatsApp: la línea %2 contiene datos binarios.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 no es un chat exportado de WhatsApp: la línea %2 no es texto UTF-8.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de backupgui (su paquete %1 está en la versión de formato %2), que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>La bóveda de claves rechazó la credencial de esta computadora y el código de recuperación. Si una versión anterior de backupgui configuró la bóveda de claves de esta copia de seguridad, primero hay que actualizar la bóveda: esta versión nunca envía la credencial ni el código.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>Esta bóveda de claves es demasiado antigua: no puede comprobar la credencial de esta computadora ni el código de recuperación sin recibirlos, y esta aplicación nunca los envía. No se envió nada. Actualiza la bóveda de claves.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de backupgui (su índice %1 está en la versión de formato %2), que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de backupgui (su instantánea %1 está en la versión de formato %2), que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>el paquete %1 no está en ningún índice y lo hizo una versión más nueva de backupgui (versión de formato %2): actualiza backupgui antes de la próxima copia de seguridad</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>La carpeta de la copia de seguridad desapareció.</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>La carpeta de la copia de seguridad está llena.</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>La carpeta de la copia de seguridad es de solo lectura.</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>backupgui solo crea la carpeta de la copia de seguridad, nunca las carpetas que están por encima: revisa la ruta o conecta la unidad que la contiene.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>backupgui no tiene permiso para escribir en la carpeta de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>Conecta la unidad que la contiene o vuelve a elegir la carpeta de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>Libera espacio en la unidad que contiene la carpeta de la copia de seguridad o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>La bóveda de claves solo deja probar la contraseña a la cuenta de Google a la que pertenece esta copia de seguridad. Inicia sesión en Google Drive (con acceso a la identidad de tu cuenta) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>La bóveda de claves solo deja probar la contraseña a los dispositivos de esta copia de seguridad. En una computadora nueva, ingresa el código de recuperación que guardaste al configurar la bóveda de claves.</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>Las subidas a Google Drive se escriben primero en la carpeta de caché de esta computadora: libera espacio en el disco allí (o define BACKUPGUI_DRIVE_SPOOL) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>Espera a que termine o cancélalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>Deja este chat fuera de la copia de seguridad o borra algunos de sus mensajes de ese mes y vuelve a hacer la copia.</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>el conjunto de copias %1 no se abre con esta clave o contraseña; se ignora</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>el paquete %1 no está en ningún índice (lo dejó una copia de seguridad interrumpida; la próxima copia lo adopta)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>el paquete %1 no está en ningún índice y no se autentica; se ignora</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>objeto desconocido %1 (no es un nombre de backupgui)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>objeto desconocido %1 (no es un nombre de backupgui); se ignora</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>Creando el conjunto de copias de seguridad</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>Revisa la clave y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>Revisa la contraseña y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>Falta un archivo de esta copia de seguridad en Google Drive.</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>Vuelve a hacer la copia de seguridad: la parte dañada se envía de nuevo.</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Revisa la conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>No se pudo escribir en la carpeta de caché de las subidas a Google Drive.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>No se pudo acceder a Google Drive; se abandonó tras %1 intentos.</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>Google Drive dio una respuesta inutilizable.</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>Google Drive interrumpió una subida una y otra vez.</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>Google Drive siguió fallando; se abandonó tras %1 intentos.</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>Google Drive rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>Google Drive se negó a dar los datos de la cuenta.</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>Google Drive rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>Una parte de esta copia de seguridad llegó dañada a Google Drive.</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>Google rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>Falló el inicio de sesión en Google.</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>La carpeta de caché de las subidas a Google Drive está llena.</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>Esta subida a Google Drive ya terminó.</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>Vuelve a intentarlo más tarde o vuelve a iniciar sesión en Google Drive.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>Vuelve a intentarlo más tarde. Si Google Drive sigue rechazándola, vuelve a iniciar sesión; el registro tiene la respuesta de Google.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>Google Drive respondió demasiado despacio.</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>Google no respondió a tiempo al inicio de sesión.</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>La bóveda de claves en %1 respondió demasiado despacio.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>Google Drive respondió demasiado despacio: ninguna respuesta se completó dentro de su plazo; se abandonó tras %1 intentos.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 está cifrado: indica la clave de %2 dígitos (o el archivo de clave) que lo abre.</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>Una copia .crypt15 se abre con la clave de %1 dígitos (o con el archivo encrypted_backup.key); una copia .crypt14 o .crypt12, con el archivo de %2 bytes llamado &quot;key&quot;.</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>Una clave de copia de seguridad tiene %1 caracteres 0-9 y a-f; se ignoran los espacios y guiones.</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>Una clave de copia de seguridad tiene %1 dígitos; esta tiene %2.</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>Un código de recuperación de la bóveda de claves tiene %1 dígitos 0-9 y a-f (%2 grupos de %3); este texto no lo es.</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>Revisa la clave de %1 dígitos (WhatsApp solo la muestra cuando activas la copia de seguridad cifrada de extremo a extremo) o elige el archivo de clave que corresponde a esta copia.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Conserva entre %1 y %2 copias de seguridad.</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>No se encontró ninguna clave de copia de seguridad de %1 dígitos en este texto o archivo.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Abre backupgui y haz clic en &quot;Hacer copia de seguridad&quot; para ingresar tu contraseña o tu clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>Cambiar a una clave de %1 dígitos muestra la clave propia de la copia de seguridad; no se puede reemplazar.</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>La clave de %1 dígitos no es correcta para esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>La clave de WhatsApp tiene %1 dígitos; el texto indicado tiene %2.</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>La clave de WhatsApp debe tener %1 bytes (%2 dígitos).</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>La bóveda de claves destruyó la clave de esta copia de seguridad tras demasiadas contraseñas incorrectas. La contraseña ya no puede abrir esta copia de seguridad; solo puede hacerlo su clave de %1 dígitos, si la guardaste.</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>La identidad de la bóveda de claves (clave del servidor) es distinta de la que se usó al hacer esta copia de seguridad. No se envió nada; revisa la dirección de la bóveda o restaura con la clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>La configuración Argon2id de la contraseña está fuera de los límites: como máximo %1 MiB de memoria, %2 pasadas y %3 carriles.</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>El código de recuperación tiene %1 dígitos en %2 grupos.</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>Esta copia de seguridad está protegida con una clave de %1 dígitos; ingresa la clave.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>Esta copia de seguridad está protegida con una contraseña con bóveda de claves, no con una clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>Esta copia de seguridad está protegida con una contraseña, no con una clave de %1 dígitos ni con una bóveda.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>Esta copia de seguridad está protegida con una contraseña, no con una clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>Este archivo no es una clave de WhatsApp: no es un archivo de clave ni un texto con la clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>Esta es una copia %1: se abre con el archivo de %2 bytes llamado &quot;key&quot; del teléfono, no con una clave de %3 dígitos.</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>Esta es una copia .crypt15 (cifrada de extremo a extremo): se abre con la clave de %1 dígitos o con el archivo encrypted_backup.key, no con el archivo de clave de copias antiguas.</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>Este archivo de clave tiene %1 bytes; los de WhatsApp tienen %2 (encrypted_backup.key) o %3 (key).</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>Este texto contiene más de una clave de %1 dígitos; usa solo la clave de la copia de seguridad.</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>hora imposible %1:%2 en un reloj de %3 horas</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>Si borraste tú la copia nueva, crea una clave nueva (Nueva contraseña y nueva clave de copia de seguridad, o backupgui-cli key rotate): hace la copia en un conjunto nuevo y elimina el antiguo.</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>Paquetes que figuran en el índice de la copia de seguridad pero faltan en el destino: %1. Lo que contenían se envía de nuevo.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>Este conjunto de copias (%1) se reemplazó por una clave nueva en esta computadora (por el conjunto %2), pero el destino lo ofrece de nuevo y no el conjunto nuevo: puede que el almacenamiento se haya revertido o que se haya borrado la copia nueva.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>Este conjunto de copias (%1) se reemplazó por una clave nueva en esta computadora (por el conjunto %2), pero el destino lo ofrece de nuevo y no el conjunto nuevo: puede que el almacenamiento se haya revertido o que se haya borrado la copia nueva. No se guardó nada en el conjunto antiguo.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>Leyendo la lista de chats de la copia de seguridad</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>Esta copia de seguridad enumera más chats de los que backupgui puede mostrar a la vez; es posible que se haya manipulado. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>%1 contiene varios archivos .txt; elige uno de ellos: %2.</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>Libera al menos %1 en Google Drive (más para copias posteriores) o compra más almacenamiento y vuelve a hacer la copia de seguridad.</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>Libera espacio en Google Drive o compra más almacenamiento y vuelve a hacer la copia de seguridad.</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>Google Drive está lleno (%1 de %2 en uso).</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>Google Drive está lleno (%1 en uso).</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>Google Drive está lleno.</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>Google Drive está lleno: la siguiente parte de esta copia de seguridad necesita %1 (%2 en uso).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>Google Drive está lleno: la siguiente parte de esta copia de seguridad necesita %1 y solo quedan %2 libres (%3 de %4 en uso).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>Google Drive está lleno: la siguiente parte de esta copia de seguridad necesita %1.</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>Ninguna copia de seguridad en %1 se autentica con esta clave (%2).</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>Ninguna copia de seguridad en %1 se autentica con esta clave.</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>No hay ningún servicio de llavero disponible en este sistema. No se puede recordar el inicio de sesión de Google.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>No hay ningún almacén de contraseñas seguro (llavero) disponible en este sistema. No se puede recordar el inicio de sesión de Google.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>No se puede leer el archivo del cliente OAuth de Google %1: está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>La bóveda de claves no pudo indicar cuál es la copia de seguridad más reciente (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>La bóveda de claves está limitando las solicitudes; vuelve a intentarlo en unos segundos.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>El llavero de esta computadora no está pensado para datos secretos. No se puede recordar el inicio de sesión de Google.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>La copia de seguridad más reciente que conoce la bóveda de claves, %1 (copia número %2), falta en el destino (la más reciente encontrada: %3, copia número %4). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>La copia de seguridad más reciente que conoce la bóveda de claves, %1 (copia número %2), falta en el destino (no se encontró ninguna copia). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>La copia de seguridad más reciente que conoce la bóveda de claves, %1, falta en el destino (la más reciente encontrada: %2, copia número %3). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>La copia de seguridad más reciente que conoce la bóveda de claves, %1, falta en el destino (no se encontró ninguna copia). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>La copia de seguridad más reciente que conoce esta computadora, %1 (copia número %2), falta en el destino (la más reciente encontrada: %3, copia número %4). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>La copia de seguridad más reciente que conoce esta computadora, %1 (copia número %2), falta en el destino (no se encontró ninguna copia). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>La copia de seguridad más reciente que conoce esta computadora, %1, falta en el destino (la más reciente encontrada: %2, copia número %3). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>La copia de seguridad más reciente que conoce esta computadora, %1, falta en el destino (no se encontró ninguna copia). Puede que el almacenamiento se haya revertido o que se hayan borrado copias.</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>El único llavero encontrado guarda los datos secretos en un archivo sin cifrar. No se puede recordar el inicio de sesión de Google.</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>Hay más de una copia de seguridad que coincide con %1 en %2.</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>No hay ninguna copia de seguridad que coincida con %1 en %2.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>Contraseña incorrecta. La bóveda de claves permite %1 intentos más antes de destruir la clave.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>Contraseña incorrecta. La bóveda de claves permite un intento más antes de destruir la clave.</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>Ya hay una restauración en curso (iniciada por %1).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>Ya hay una restauración en curso (iniciada por %1, a las %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>Ya hay una restauración en curso (iniciada por %1, proceso %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Ya hay una restauración en curso (iniciada por %1, proceso %2, a las %3).</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>Ya hay una restauración en curso.</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>Ya hay otra copia de seguridad en curso (iniciada por %1).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>Ya hay otra copia de seguridad en curso (iniciada por %1, a las %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>Ya hay otra copia de seguridad en curso (iniciada por %1, proceso %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Ya hay otra copia de seguridad en curso (iniciada por %1, proceso %2, a las %3).</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>Ya hay otra copia de seguridad en curso.</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>el bloque %1 no está en ningún paquete</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>el bloque multimedia %1 tiene un contenido incorrecto</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>el bloque de mensajes %1 es más grande de lo que permite el formato</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>falta el paquete %1</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>La copia de seguridad está dañada (problemas encontrados: %1): %2.</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>El objeto %1 de la copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>el bloque %1 está incompleto</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>se ignora el índice %1: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>el objeto desapareció mientras se leía</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>el objeto no pasa la comprobación de autenticidad</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>el objeto tiene más estructura que cualquier objeto válido (leerlo requeriría demasiada memoria)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>el objeto está incompleto</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>el objeto es más grande de lo que permite el formato</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>el objeto tiene un formato no válido</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>el objeto no contiene datos comprimidos válidos</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>el manifiesto %1 no pasa la comprobación de autenticidad</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>el manifiesto %1 tiene más estructura que cualquier manifiesto válido (leerlo requeriría demasiada memoria)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>el manifiesto %1 está incompleto</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>el manifiesto %1 es más grande de lo que permite el formato</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>el manifiesto %1 tiene un formato no válido</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>el manifiesto %1 no contiene datos comprimidos válidos</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>el paquete %1 no pasa la comprobación de autenticidad</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>el paquete %1 está incompleto</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>el paquete %1 es más grande de lo que permite el formato</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>el paquete %1 es más largo de lo que indica su índice</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>el paquete %1 tiene un formato no válido</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>se ignora la instantánea %1: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>los mensajes de %1 en %2 están incompletos</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>los mensajes de %1 en %2 son más grandes de lo que permite el formato</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>los mensajes de %1 en %2 tienen un formato no válido</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>los mensajes de %1 en %2 no son los que indica la copia de seguridad</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>los mensajes de %1 en %2 no son datos comprimidos válidos</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>los mensajes de %1 en %2 no pasan la comprobación de autenticidad</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>los mensajes de %1 en %2 tienen más estructura que cualquier bloque válido (leerlos requeriría demasiada memoria)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>La copia de seguridad está dañada (problemas encontrados: %1), entre ellos: %2.</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>Eliminando la clave antigua en la bóveda de claves</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>La bóveda de claves %1 todavía guarda la clave del conjunto de copias antiguo %2, que no se pudo eliminar (%3) Quien haya guardado una copia de ese conjunto todavía puede abrirlo allí con la contraseña antigua.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>La bóveda de claves %1 todavía guarda la clave del conjunto de copias antiguo %2: no se indicó ninguna contraseña para eliminarla. Quien haya guardado una copia de ese conjunto todavía puede abrirlo allí con la contraseña antigua.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>La bóveda de claves %1 todavía guarda la clave del conjunto de copias antiguo %2: la clave nueva o la protección nueva que lo reemplazó se interrumpió antes de eliminar la clave. Quien haya guardado una copia de ese conjunto todavía puede abrirlo allí con la contraseña antigua.</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>Un registro de la bóveda de claves se elimina con su contraseña, no con una clave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>La bóveda de claves no tiene ninguna clave para esta copia de seguridad (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>La bóveda de claves dejó de responder mientras cambiaba la contraseña; es posible que la nueva contraseña ya esté en vigor.</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>La bóveda de claves dejó de responder mientras eliminaba la clave de esta copia de seguridad; es posible que la clave ya se haya eliminado.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>Contraseña incorrecta. La bóveda de claves no respondió cuántos intentos quedan.</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>Indique ahí una dirección de proxy http://, socks5:// o socks5h://, o quite el ajuste.</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>No se puede usar el proxy definido en %1: no se admiten proxies %2 (solo http, socks5 y socks5h).</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>No se puede usar el proxy definido en %1: no es una dirección de proxy.</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>Compara ese grupo con la clave que guardaste o abre el archivo de clave que guardaste.</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>El grupo %1 de la clave tiene %2 dígitos en lugar de %3.</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>El grupo %1 de la clave tiene «%2», que ninguna clave tiene: una clave solo tiene los dígitos 0-9 y las letras a-f.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>Deja este chat fuera de la copia de seguridad y vuelve a hacer la copia.</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>Crea una clave nueva (Nueva contraseña y nueva clave de copia de seguridad, o backupgui-cli key rotate): hace la copia en un conjunto nuevo y elimina este.</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>El chat %1 tiene un mensaje con fecha fuera de los años %2 a %3, que una copia de seguridad no puede guardar. La copia se detuvo; la biblioteca y las copias anteriores no cambiaron.</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>Este conjunto de copias (%1) tiene una copia con el número más alto que puede tener una copia, al que solo llega una copia manipulada: ninguna copia puede seguirla. No se guardó nada.</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>el objeto %1 no es un archivo normal</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>el archivo %1 tiene el contenido equivocado</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>falta el archivo %1</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>faltan los mensajes de %1 en %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>No se puede leer %1: el disco está lleno.</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>No se puede leer %1: no hay suficiente memoria.</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>No se pudo leer %1 del disco; cópialo de nuevo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 es un archivo zip dañado.</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1 está comprimido de una forma que backupgui no puede leer; descomprímelo con otro programa y elige la carpeta.</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 está incompleto (la descarga o la copia no terminó); cópialo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 está dañado o no es una base de datos.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 está dañado.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 está en uso por otro programa; ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 no es una base de datos.</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>El conjunto de claves de la copia de seguridad está dañado.</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>La base de datos de mensajes</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>una parte de su ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>backupgui no tiene permiso para usarlo (revisa sus permisos)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>no existe (puede que se haya movido o eliminado)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>pasa por demasiados enlaces simbólicos (o por un bucle de ellos)</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>su nombre es demasiado largo para este sistema</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>rechazado: se convirtió en un enlace simbólico durante la importación</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>rechazado: ya no es un archivo normal</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>el disco informó de un error de lectura o escritura (puede estar fallando o se quitó)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>el sistema informó de un error (el registro tiene los detalles)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>Comprobando el espacio libre</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>Libera espacio en el disco o restaura menos chats. No se cambió nada.</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>No hay suficiente espacio libre para restaurar: se necesitan unos %1 MB y hay %2 MB libres en el disco de la biblioteca. No se cambió nada.</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>Cambia los permisos del archivo o elige una copia que sea tuya.</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>Comprueba que su carpeta existe y que puedes leerla y escribir en ella.</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>Revisa la unidad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>Revisa los permisos de la carpeta o si su unidad está montada como de solo lectura.</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>Vuelve a elegir la carpeta de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>Elige el propio archivo JSON del cliente.</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>Saca esa carpeta de la carpeta de la copia de seguridad y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>Restaura la biblioteca desde una copia de seguridad o mueve el archivo a otro lugar para empezar una biblioteca nueva.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>No se puede llegar al archivo del cliente OAuth de Google %1: una carpeta del camino es un archivo.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>El archivo del cliente OAuth de Google %1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>El archivo del cliente OAuth de Google %1 no es un archivo de cliente: no es JSON válido.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>El archivo del cliente OAuth de Google %1 es demasiado grande para ser un archivo de cliente.</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>La carpeta de la copia de seguridad tiene una carpeta donde va un archivo de la copia.</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>La carpeta de la copia de seguridad, o una carpeta del camino hacia ella, es un archivo o un enlace en lugar de una carpeta.</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>No se puede cambiar la biblioteca de chats: su archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>No se pudo usar la biblioteca de chats.</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>No se puede abrir el archivo de la biblioteca de chats.</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>El archivo de la biblioteca de chats está dañado.</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>El archivo de la biblioteca de chats no es una biblioteca de chats (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>La unidad que contiene la biblioteca de chats informó de un error.</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>La unidad que contiene la carpeta de la copia de seguridad informó de un error.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>Los mensajes de %1 en %2 son más de lo que cabe en una copia de seguridad (como máximo %3 MiB por chat y mes). La copia se detuvo; la biblioteca y las copias anteriores no cambiaron.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>Los mensajes de %1 en %2 son más de lo que cabe en una copia de seguridad (como máximo %3 bytes por chat y mes). La copia se detuvo; la biblioteca y las copias anteriores no cambiaron.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>No hay suficiente espacio libre en el disco para la biblioteca de chats.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>Vuelve a intentarlo; si vuelve a pasar, el registro tiene los detalles.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>backupgui no tiene permiso para leer el archivo del cliente OAuth de Google %1.</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>la carpeta %1 del camino hacia el objeto %2 es un enlace o un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>No se pudo contactar con Google para terminar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>Google no aceptó la respuesta del inicio de sesión: caducó o ya se usó.</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>Google no acepta este cliente OAuth: se eliminó o el archivo del cliente está desactualizado.</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>El almacén de contraseñas rechazó la solicitud: puede que esté bloqueado o que su servicio no esté en marcha.</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>La dirección de la bóveda de claves debe ser una dirección web (http:// o https://), o varias direcciones de la misma bóveda separadas por comas: como máximo %1, ninguna repetida.</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>La bóveda de claves en %1 tiene otra identidad (clave del servidor) que la de %2; no se guardó nada.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>Elige entre %1 y %2 días, semanas, meses o años para las copias de seguridad anteriores.</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>Un archivo de la copia de seguridad es más grande de lo que permite la unidad que contiene la carpeta de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>Comprueba la conexión con la unidad de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>Elige una carpeta en una unidad que admita archivos grandes (no FAT32) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>Elige una carpeta con una ruta más corta.</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>Cierra algunos programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de cliente OAuth de Google %1: %2.</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>La computadora se quedó sin memoria o sin archivos abiertos disponibles al usar la carpeta de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>La unidad de red que contiene la carpeta de la copia de seguridad no respondió.</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>La ruta de la carpeta de la copia de seguridad es demasiado larga para este sistema.</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>otro programa lo está usando (cierra ese programa y vuelve a intentarlo)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>el archivo es más grande de lo que permite este disco o esta cuenta</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>la unidad de red que lo contiene no respondió (comprueba la conexión)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>el sistema tiene demasiados archivos abiertos (cierra algunos programas y vuelve a intentarlo)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>no hay suficiente memoria (cierra algunos programas y vuelve a intentarlo)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 no es un archivo normal; no se lee.</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>%1 tarda en leerse mucho más de lo que puede tardar una base de datos de su tamaño; se rechaza.</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>Esta copia de seguridad del iPhone enumera más de %1 archivos de WhatsApp (Manifest.db), más de los que guarda cualquier teléfono; se rechaza.</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Algunos mensajes de esta copia de seguridad difieren de la copia del mismo mensaje en la biblioteca (editados desde entonces o cambiados en otro lugar). Se conservaron ambas versiones.</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Algunos mensajes de esta exportación difieren de la copia del mismo mensaje en la biblioteca (editados desde entonces o cambiados en otro lugar). Se conservaron ambas versiones.</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>Otra computadora (%1) también hizo copias de seguridad en este conjunto de copias en los últimos %2 días. No se pierde nada: las copias de ambas se conservan en un mismo historial. Si es una computadora que reemplazaste, desactiva allí sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>Vuelve a hacer la copia de seguridad: lo que contenían las partes eliminadas se envía de nuevo.</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>Mientras se hacía esta copia de seguridad, se eliminaron partes que reutiliza: %1. Puede que las haya eliminado otra computadora que hace copias en el mismo conjunto. No se guardó ninguna copia nueva; las copias anteriores no cambiaron.</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>llamadas cuyo registro no se puede leer</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>Otra computadora (%1) está haciendo una copia de seguridad en este conjunto de copias; vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>Otra computadora (%1) está cambiando la clave o la contraseña de este conjunto de copias; vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>Otra computadora (%1) está limpiando este conjunto de copias de seguridad; vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>Esta vez no se eliminaron las copias antiguas: otra computadora (%1) está usando este conjunto de copias de seguridad. Una copia posterior las eliminará.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>Esta vez no se eliminaron las copias antiguas: el conjunto de copias de seguridad contiene más objetos de bloqueo de los que crean las computadoras que hacen copias. Una copia posterior las eliminará.</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>Esperando a que otra computadora termine con el conjunto de copias de seguridad</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>El conjunto de copias de seguridad contiene %1 objetos de bloqueo recientes, más de los que crean las computadoras que hacen copias: alguien que puede escribir en el destino pudo haberlos puesto ahí. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>La configuración de la copia de seguridad está dañada, o esta no es una copia de seguridad de backupgui.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>La configuración de la copia de seguridad se modificó (falló la comprobación de la clave).</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>La configuración de la copia de seguridad se modificó (no pasa la comprobación de autenticidad).</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>La configuración del conjunto de copias %1 pertenece a otro conjunto de copias.</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>La configuración de esta copia de seguridad indica la versión de formato %1, que esta versión de backupgui no puede leer. Actualiza backupgui.</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>el conjunto de copias %1 tiene la configuración dañada; se ignora</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>el conjunto de copias %1 no tiene configuración (quizá se interrumpió un cambio de clave); se ignora</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>llamadas con un resultado que backupgui no muestra</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1, en otro chat</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Editado: dos versiones de este mensaje. Esta: %1. La otra: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Dos versiones de este mensaje, de remitentes distintos. Esta: %1. La otra: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Dos versiones de este mensaje. Esta: %1. La otra: %2.</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>ya estaba en la biblioteca antes de que registrara de dónde vienen los mensajes</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>de una copia de seguridad restaurada el %1</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>de la exportación importada el %1</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>de la copia de seguridad del teléfono importada el %1</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>Asigna a %1 un token concedido con el permiso drive.appdata o elimínala para usar el inicio de sesión guardado por la app.</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Vuelve a iniciar sesión y, en la página de Google, marca la casilla que permite a backupgui ver, crear y eliminar sus propios datos en tu Google Drive.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Vuelve a iniciar sesión en Google Drive y, en la página de Google, marca la casilla que permite a backupgui ver, crear y eliminar sus propios datos en tu Google Drive.</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>El inicio de sesión de Google no permite que backupgui use Google Drive: no se marcó el permiso para sus propios datos en Google Drive.</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>El token de acceso de %1 no permite que backupgui use Google Drive (se concedió sin el permiso de Drive).</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>No permitiste que backupgui usara Google Drive: no se marcó el permiso para sus propios datos en Google Drive.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>Pide al administrador de tu Google Workspace que permita a backupgui usar Google Drive, o inicia sesión con otra cuenta de Google. Hasta entonces, volver a intentarlo no sirve de nada.</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>Google Drive no deja entrar a backupgui: el administrador de esta cuenta de Google Workspace (una cuenta del trabajo o de un centro educativo) desactivó las aplicaciones de Drive.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>Pide al administrador de tu Google Workspace que autorice a backupgui, o inicia sesión con otra cuenta de Google.</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>Inicia sesión con una cuenta de esa organización o usa otro cliente OAuth.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>El administrador de esta cuenta de Google Workspace (una cuenta del trabajo o de un centro educativo) no permite que backupgui inicie sesión con ella.</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>Este cliente OAuth es solo para las cuentas de Google de su propia organización, y esta cuenta no es una de ellas.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>Contraseña incorrecta. La bóveda de claves permite muchos intentos más antes de destruir la clave.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>Pide al administrador de tu Google Workspace que configure el acceso para backupgui, o inicia sesión con otra cuenta de Google.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>El administrador de esta cuenta de Google Workspace for Education (una cuenta de un centro educativo) no ha configurado el acceso para backupgui.</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>No se eligió ninguna carpeta</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>Emulador de Google Drive (%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Drive (sin iniciar sesión)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>No se eligió ningún destino para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>Abre Configuración y elige una carpeta o Google Drive.</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>No se eligió ninguna carpeta para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>Elige una carpeta en Configuración.</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>Google Drive todavía no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>Por ahora, elige una carpeta como destino en Configuración.</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>Destino desconocido.</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>Elige uno en Configuración.</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>No iniciaste sesión en Google Drive.</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>Abre Configuración e inicia sesión en Google Drive.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>backupgui no tiene permiso para usar un archivo o una carpeta que necesita.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Revisa los permisos de la carpeta o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>Ocurrió algo que backupgui no esperaba.</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>Tus chats y copias de seguridad no se modificaron. El registro tiene los detalles; inclúyelo si informas el problema.</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Mostrar el registro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
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
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds, abbreviated</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes, abbreviated</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>hoy, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>ayer, %1</translation>
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

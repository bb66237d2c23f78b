<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <source>backupgui cannot start</source>
        <extracomment>The title of the box shown when backupgui cannot write its own folders at start.</extracomment>
        <translation>O backupgui não pode iniciar</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1: %2.</source>
        <translation>O backupgui não consegue gravar em %1: %2.</translation>
    </message>
    <message>
        <source>Make that folder writable (or free some space) and start backupgui again.</source>
        <translation>Torne essa pasta gravável (ou libere espaço) e abra o backupgui de novo.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); backupgui does not use another user&apos;s folders.</source>
        <translation>%1 pertence a outro usuário (%2); o backupgui não usa pastas de outros usuários.</translation>
    </message>
    <message>
        <source>backupgui is running as root, which uses only root&apos;s own folders: start backupgui as your own user (without sudo).</source>
        <translation>O backupgui está rodando como root, que usa apenas as pastas do próprio root: inicie o backupgui com o seu próprio usuário (sem sudo).</translation>
    </message>
    <message>
        <source>If running backupgui with sudo made it, give it back to your user with this command in a terminal, or remove it; then start backupgui again:</source>
        <translation>Se ela foi criada ao executar o backupgui com sudo, devolva-a ao seu usuário com este comando em um terminal, ou remova-a; depois inicie o backupgui novamente:</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Nenhum destino de backup foi escolhido.</translation>
    </message>
    <message>
        <source>Open backupgui, then Settings, and choose a folder or Google Drive.</source>
        <translation>Abra o backupgui, vá em Configurações e escolha uma pasta ou o Google Drive.</translation>
    </message>
    <message>
        <source>End-to-end encryption is not set up yet.</source>
        <translation>A criptografia de ponta a ponta ainda não foi configurada.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so automatic backups cannot run by themselves.</source>
        <translation>Este computador não tem um chaveiro para guardar a chave do backup, então os backups automáticos não podem ser feitos sozinhos.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>A chave do backup não está guardada neste computador.</translation>
    </message>
    <message>
        <source>No chats are selected for the backup.</source>
        <translation>Nenhuma conversa foi selecionada para o backup.</translation>
    </message>
    <message>
        <source>Tick the chats to back up in backupgui.</source>
        <translation>Marque as conversas que vão para o backup no backupgui.</translation>
    </message>
    <message>
        <source>Next automatic backup</source>
        <translation>Próximo backup automático</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Agendamento do backup…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Histórico de backups…</translation>
    </message>
    <message>
        <source>backupgui keeps running</source>
        <translation>O backupgui continua em execução</translation>
    </message>
    <message>
        <source>Automatic backups go on from the system tray. Choose Quit there to stop.</source>
        <translation>Os backups automáticos continuam pela bandeja do sistema. Para encerrar, escolha Sair por lá.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up once to choose a password or %1-digit key.</source>
        <translation>Abra o backupgui e clique uma vez em &quot;Fazer backup&quot; para escolher uma senha ou uma chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds, so automatic backups cannot run by themselves.</source>
        <translation>O chaveiro do sistema não respondeu em %1 segundos, então os backups automáticos não podem ser feitos sozinhos.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused to give out the backup key, so automatic backups cannot run by themselves.</source>
        <translation>O chaveiro do sistema está bloqueado ou se recusou a entregar a chave do backup, então os backups automáticos não podem ser feitos sozinhos.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Configurações</translation>
    </message>
    <message>
        <source>Cannot back up yet</source>
        <translation>Ainda não é possível fazer o backup</translation>
    </message>
    <message>
        <source>Cannot reach the backup destination</source>
        <translation>Não foi possível acessar o destino do backup</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password or key so this computer can keep backing up to it.</source>
        <translation>Este destino já tem um backup criptografado. Digite a senha ou a chave dele para que este computador continue fazendo backup nele.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the backup key, so enter your password or key for each backup.</source>
        <translation>Este computador não tem um chaveiro para guardar a chave do backup, então digite sua senha ou chave a cada backup.</translation>
    </message>
    <message>
        <source>The backup did not finish</source>
        <translation>O backup não foi concluído</translation>
    </message>
    <message>
        <source>Cannot make a new key yet</source>
        <translation>Ainda não é possível criar uma chave nova</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the %1-digit key you chose for it, and the backup goes on from where it stopped.</source>
        <translation>O primeiro backup neste destino parou antes de terminar. Digite a chave de %1 dígitos que você escolheu para ele, e o backup continua de onde parou.</translation>
    </message>
    <message>
        <source>The first backup to this destination stopped before it finished. Enter the password you chose for it, and the backup goes on from where it stopped.</source>
        <translation>O primeiro backup neste destino parou antes de terminar. Digite a senha que você escolheu para ele, e o backup continua de onde parou.</translation>
    </message>
    <message>
        <source>Encryption changed with a warning</source>
        <translation>Criptografia alterada com um aviso</translation>
    </message>
    <message>
        <source>The backup is now protected the new way, but:</source>
        <translation>O backup agora está protegido da nova forma, mas:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password with key vault</source>
        <translation>Senha com cofre de chaves</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Backup de conversas</translation>
    </message>
    <message>
        <source>Back up your chats and media. Everything is end-to-end encrypted on this computer before it is stored.</source>
        <translation>Faça backup das suas conversas e mídias. Tudo é protegido com criptografia de ponta a ponta neste computador antes de ser armazenado.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Último backup</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>End-to-end encryption</source>
        <translation>Criptografia de ponta a ponta</translation>
    </message>
    <message>
        <source>Key on this computer</source>
        <translation>Chave neste computador</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Ativar criptografia…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desativar…</translation>
    </message>
    <message>
        <source>Change destination…</source>
        <translation>Alterar destino…</translation>
    </message>
    <message>
        <source>Selected for backup</source>
        <translation>Selecionadas para o backup</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>&amp;Fazer backup</translation>
    </message>
    <message>
        <source>Back up the selected chats now (%1)</source>
        <translation>Fazer backup das conversas selecionadas agora (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None yet to this destination</source>
        <translation>Nenhum ainda neste destino</translation>
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
        <translation>Ainda não escolhido</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>Google Drive emulator</source>
        <translation>Emulador do Google Drive</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>Ativada · %1</translation>
    </message>
    <message>
        <source>Change encryption…</source>
        <translation>Alterar criptografia…</translation>
    </message>
    <message>
        <source>Off — you will choose a password or key at the first backup</source>
        <translation>Desativada — você vai escolher uma senha ou chave no primeiro backup</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Verificando o chaveiro…</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for your password or key at each backup.</source>
        <translation>Não há chaveiro neste computador: sua senha ou chave será pedida a cada backup.</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so backups run without asking.</source>
        <translation>Guardada no chaveiro do sistema, então os backups são feitos sem perguntar.</translation>
    </message>
    <message>
        <source>Will be kept in the system keyring</source>
        <translation>Será guardada no chaveiro do sistema</translation>
    </message>
    <message>
        <source>The last backup did not finish. %1</source>
        <translation>O último backup não foi concluído. %1</translation>
    </message>
    <message>
        <source>The last backup was cancelled; the previous one is unchanged.</source>
        <translation>O último backup foi cancelado; o anterior continua igual.</translation>
    </message>
    <message>
        <source>No chats selected</source>
        <translation>Nenhuma conversa selecionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 de mídia</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 of media (without videos)</source>
        <comment>chats · messages · size</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 de mídia (sem vídeos)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>The backup was cancelled, so this destination has no complete backup yet. What was already uploaded is kept; the next backup goes on from there.</source>
        <translation>O backup foi cancelado, então este destino ainda não tem um backup completo. O que já foi enviado fica guardado; o próximo backup continua a partir daí.</translation>
    </message>
    <message>
        <source>%1 · %2 of chats</source>
        <comment>when; the size of the chats&apos; data</comment>
        <translation>%1 · %2 de conversas</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>Chave de %1 dígitos</translation>
    </message>
    <message>
        <source>Turning on with this backup · %1</source>
        <translation>Sendo ativada com este backup · %1</translation>
    </message>
    <message>
        <source>Delete the old key…</source>
        <translation>Apagar a chave antiga…</translation>
    </message>
    <message>
        <source>The old key of a retired backup is still kept by the key vault at %1.</source>
        <translation>O cofre de chaves em %1 ainda guarda a chave antiga de um backup substituído.</translation>
    </message>
    <message>
        <source>Not on yet · %1 · the first backup stopped before it finished, so the next backup will ask for it again</source>
        <translation>Ainda não ativada · %1 · o primeiro backup parou antes de terminar, então o próximo backup vai pedir de novo o que você escolheu</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose a backup</source>
        <translation>Escolha um backup</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Backup mais recente</translation>
    </message>
    <message>
        <source>Restore an older backup &amp;anyway</source>
        <translation>Restaurar um backup mais antigo &amp;mesmo assim</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Backups encontrados</translation>
    </message>
    <message>
        <source>No backups were found here. Check that you chose the folder or account you backed up to.</source>
        <translation>Nenhum backup foi encontrado aqui. Verifique se você escolheu a pasta ou a conta em que fez o backup.</translation>
    </message>
    <message>
        <source>%1 (+%2 ms)</source>
        <comment>a time, then its milliseconds</comment>
        <translation>%1 (+%2 ms)</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (mais recente)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Newest backup: %1 from %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backup mais recente: %1 de %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Newer backups than these were made, but they are missing from this destination (this computer or the key vault remembers them). The storage may have been rolled back or backups deleted.</source>
        <translation>Foram feitos backups mais novos que estes, mas eles não estão neste destino (este computador ou o cofre de chaves se lembra deles). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>Check that this is the newest backup you made: nothing on this computer or in a key vault records this backup&apos;s history.</source>
        <translation>Confira se este é o backup mais recente que você fez: nada neste computador nem em um cofre de chaves registra o histórico deste backup.</translation>
    </message>
    <message>
        <source>This is the newest backup this computer or the key vault knows of.</source>
        <translation>Este é o backup mais recente que este computador ou o cofre de chaves conhece.</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Tamanho armazenado</translation>
    </message>
    <message>
        <source>The backup&apos;s size at the destination, compressed and encrypted</source>
        <translation>O tamanho do backup no destino, compactado e criptografado</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chats</source>
        <translation>Lendo as conversas do backup</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Nada foi alterado neste computador.</translation>
    </message>
    <message>
        <source>Reading the chats in this backup…</source>
        <translation>Lendo as conversas deste backup…</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer. Choose another backup, or press Next to try again.</source>
        <translation>Nada foi alterado neste computador. Escolha outro backup ou clique em Avançar para tentar de novo.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer. Press Next to read this backup&apos;s chats again.</source>
        <translation>Parado. Nada foi alterado neste computador. Clique em Avançar para ler as conversas deste backup de novo.</translation>
    </message>
    <message>
        <source>The newest is selected. Older backups are kept as set in Settings: by default, one for each of the last %1.</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>O mais recente está selecionado. Os backups mais antigos são mantidos conforme definido nas Configurações: por padrão, um para cada um dos últimos %1.</translation>
    </message>
</context>
<context>
    <name>ChatTableModel</name>
    <message>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
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
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s)</source>
        <translation>
            <numerusform>%Ln arquivo de mídia</numerusform>
            <numerusform>%Ln arquivos de mídia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, included in the backup</source>
        <translation>%1, incluída no backup</translation>
    </message>
    <message>
        <source>%1, not included in the backup</source>
        <translation>%1, fora do backup</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <comment>type of chat, messages, date</comment>
        <translation>%1, %2, última atividade em %3</translation>
    </message>
</context>
<context>
    <name>ChatViewer</name>
    <message>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
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
        <translation>Contato</translation>
    </message>
    <message>
        <source>This chat cannot be shown</source>
        <translation>Não é possível mostrar esta conversa</translation>
    </message>
    <message>
        <source>Cannot open the chat</source>
        <translation>Não foi possível abrir a conversa</translation>
    </message>
    <message>
        <source>This media file is not on this computer.</source>
        <translation>Este arquivo de mídia não está neste computador.</translation>
    </message>
    <message>
        <source>Videos may have been left out of the backup it was restored from.</source>
        <translation>Os vídeos podem ter ficado fora do backup do qual ela foi restaurada.</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Abrir anexo</translation>
    </message>
    <message>
        <source>“%1” is not a photo, video, audio or PDF file, so backupgui does not open it.</source>
        <translation>“%1” não é uma foto, um vídeo, um áudio nem um PDF, então o backupgui não o abre.</translation>
    </message>
    <message>
        <source>Files of other kinds can run programs when opened. You can save a copy and open it yourself if you trust the sender.</source>
        <translation>Arquivos de outros tipos podem executar programas quando abertos. Você pode salvar uma cópia e abri-la por conta própria se confiar em quem enviou.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvar anexo</translation>
    </message>
    <message>
        <source>Could not save the attachment</source>
        <translation>Não foi possível salvar o anexo</translation>
    </message>
    <message>
        <source>Messages of %1, oldest first. The arrow keys move between messages, Home and End go to the first and the newest, Enter opens an attachment, Control+Enter on a reply goes to the message it quotes, and Escape closes the chat.</source>
        <translation>Mensagens de %1, das mais antigas para as mais recentes. As setas passam de uma mensagem para outra, Home e End vão para a primeira e a mais recente, Enter abre um anexo, Control+Enter numa resposta vai para a mensagem que ela cita e Esc fecha a conversa.</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <source>Choose chats to restore</source>
        <translation>Escolha as conversas que serão restauradas</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selecionar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Selecionar &amp;nenhuma</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Conversas no backup</translation>
    </message>
    <message>
        <source>&amp;Merge: keep what is here and add the messages that are missing (recommended)</source>
        <translation>&amp;Mesclar: manter o que já está aqui e adicionar as mensagens que faltam (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Replace the chats here with the backup&apos;s version</source>
        <translation>&amp;Substituir as conversas daqui pela versão do backup</translation>
    </message>
    <message>
        <source>Backup from %1, %2: %3, %4, %5 of media.</source>
        <comment>device, when: chats, messages, size</comment>
        <translation>Backup de %1, %2: %3, %4, %5 de mídia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln message(s)</source>
        <translation>
            <numerusform>%1  ·  %Ln mensagem</numerusform>
            <numerusform>%1  ·  %Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these chats are already on this computer. What should happen to them?</source>
        <translation>
            <numerusform>%Ln dessas conversas já está neste computador. O que deve acontecer com ela?</numerusform>
            <numerusform>%Ln dessas conversas já estão neste computador. O que deve acontecer com elas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln chat(s) selected</source>
        <translation>
            <numerusform>%1 de %Ln conversa selecionada</numerusform>
            <numerusform>%1 de %Ln conversas selecionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these chats are on this computer yet.</source>
        <translation>Nenhuma dessas conversas está neste computador ainda.</translation>
    </message>
    <message>
        <source>Chats on this computer that are not in this backup stay as they are.</source>
        <translation>As conversas deste computador que não estão neste backup ficam como estão.</translation>
    </message>
    <message>
        <source>Up to %1 is downloaded from the backup.</source>
        <translation>Até %1 será baixado do backup.</translation>
    </message>
</context>
<context>
    <name>DriveAccountBox</name>
    <message>
        <source>Google account</source>
        <translation>Conta do Google</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To back up to Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>Esta cópia do backupgui não tem o login do Google integrado. Para fazer backup no Google Drive, use seu próprio cliente do Google Cloud (gratuito; a Ajuda mostra os passos) ou experimente o emulador do Drive abaixo.</translation>
    </message>
    <message>
        <source>Use your own Google Cloud &amp;client…</source>
        <translation>Usar seu próprio &amp;cliente do Google Cloud…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Use the &amp;built-in sign-in</source>
        <translation>Usar o login &amp;integrado</translation>
    </message>
    <message>
        <source>Try without Google: use the Drive &amp;emulator at</source>
        <comment>a check box; the address follows in a field</comment>
        <translation>Testar sem o Google: usar o emulador do &amp;Drive em</translation>
    </message>
    <message>
        <source>Drive emulator address</source>
        <translation>Endereço do emulador do Drive</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Your own client: %1</source>
        <translation>Seu próprio cliente: %1</translation>
    </message>
    <message>
        <source>Your Google Cloud OAuth client</source>
        <translation>Seu cliente OAuth do Google Cloud</translation>
    </message>
    <message>
        <source>Client files (*.json)</source>
        <translation>Arquivos de cliente (*.json)</translation>
    </message>
    <message>
        <source>This client file cannot be used</source>
        <translation>Este arquivo de cliente não pode ser usado</translation>
    </message>
    <message>
        <source>Your own Google Cloud client</source>
        <translation>Seu próprio cliente do Google Cloud</translation>
    </message>
    <message>
        <source>Backing up to Google Drive with your own Google Cloud client</source>
        <translation>Backup no Google Drive com seu próprio cliente do Google Cloud</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in. To restore from Google Drive, use your own Google Cloud client (free; Help shows the steps), or try the Drive emulator below.</source>
        <translation>Esta cópia do backupgui não tem o login do Google integrado. Para restaurar do Google Drive, use seu próprio cliente do Google Cloud (gratuito; a Ajuda mostra os passos) ou experimente o emulador do Drive abaixo.</translation>
    </message>
    <message>
        <source>%1. Open console.cloud.google.com and create a project.
%2. APIs &amp; Services → Library: enable the Google Drive API.
%3. OAuth consent screen: type External, add the scope …/auth/drive.appdata and your Google account as a test user (or publish the app).
%4. Credentials → Create credentials → OAuth client ID → Desktop app; download the JSON file.
%5. Here: Use your own Google Cloud client… and choose that file, then Sign in.

docs/DRIVE.md explains each step.</source>
        <comment>%1 … %5: the steps&apos; numbers</comment>
        <translation>%1. Abra console.cloud.google.com e crie um projeto.
%2. APIs e serviços (APIs &amp; Services) → Biblioteca: ative a Google Drive API.
%3. Tela de consentimento OAuth: tipo Externo; adicione o escopo …/auth/drive.appdata e sua Conta do Google como usuário de teste (ou publique o app).
%4. Credenciais → Criar credenciais → ID do cliente OAuth → App para computador; baixe o arquivo JSON.
%5. Aqui: Usar seu próprio cliente do Google Cloud… e escolha esse arquivo; depois, Entrar.

O docs/DRIVE.md explica cada passo.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (this session only: no keyring)</source>
        <translation>Conectado como %1 (só nesta sessão: sem chaveiro)</translation>
    </message>
    <message>
        <source>Forget this account</source>
        <translation>Esquecer esta conta</translation>
    </message>
    <message>
        <source>Forget %1 on this computer?</source>
        <translation>Esquecer %1 neste computador?</translation>
    </message>
    <message>
        <source>The sign-in is removed from this computer&apos;s password store. Your backups stay on Google Drive, and backupgui keeps its access there: sign in again with this account to back up or restore. Until then, backups to Google Drive stop.

Do not remove backupgui&apos;s access in your Google Account settings if you want to keep these backups: Google then deletes the backups in the app&apos;s hidden folder.</source>
        <translation>O login é removido do armazenamento de senhas deste computador. Seus backups continuam no Google Drive, e o backupgui mantém o acesso lá: entre de novo com esta conta para fazer backup ou restaurar. Até lá, os backups no Google Drive param.

Não remova o acesso do backupgui nas configurações da sua Conta do Google se quiser manter estes backups: o Google então apaga os backups da pasta oculta do app.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Esquecer</translation>
    </message>
    <message>
        <source>The account could not be forgotten</source>
        <translation>Não foi possível esquecer a conta</translation>
    </message>
    <message>
        <source>Fo&amp;rget this account on this computer</source>
        <translation>E&amp;squecer esta conta neste computador</translation>
    </message>
    <message>
        <source>&amp;Use another account…</source>
        <translation>Usar ou&amp;tra conta…</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Turn on end-to-end encryption</source>
        <translation>Ativar a criptografia de ponta a ponta</translation>
    </message>
    <message>
        <source>Unlock your backup</source>
        <translation>Desbloquear seu backup</translation>
    </message>
    <message>
        <source>Change end-to-end encryption</source>
        <translation>Alterar a criptografia de ponta a ponta</translation>
    </message>
    <message>
        <source>Turn off end-to-end encryption</source>
        <translation>Desativar a criptografia de ponta a ponta</translation>
    </message>
    <message>
        <source>Check your password</source>
        <translation>Verificar sua senha</translation>
    </message>
    <message>
        <source>Secure your key vault</source>
        <translation>Proteja seu cofre de chaves</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
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
        <translation>Sem ela, ninguém consegue restaurar suas conversas em um computador novo — nem nós. Digite-a para verificar; a verificação é feita aqui e nada é enviado.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Digite sua senha</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its password so this computer can keep backing up to it.</source>
        <translation>Este destino já tem um backup criptografado. Digite a senha dele para que este computador continue fazendo backup nele.</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>Digite sua senha atual</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current password.</source>
        <translation>Para alterar a proteção do seu backup, primeiro comprove que você sabe a senha atual.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current password.</source>
        <translation>Para desativar a criptografia de ponta a ponta neste computador, é preciso a senha atual.</translation>
    </message>
    <message>
        <source>Do you still remember your password?</source>
        <translation>Você ainda se lembra da sua senha?</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to your Google account.</source>
        <translation>O cofre de chaves do seu backup foi configurado antes de conseguir diferenciar você de outras pessoas: qualquer pessoa com uma cópia do backup pode testar senhas e gastar as tentativas dele. Digite sua senha uma vez para vincular o cofre à sua Conta do Google.</translation>
    </message>
    <message>
        <source>Your backup&apos;s key vault was set up before it could tell you apart from other people: anyone with a copy of the backup can try passwords and use up its attempts. Enter your password once to link the vault to this computer and a new recovery code.</source>
        <translation>O cofre de chaves do seu backup foi configurado antes de conseguir diferenciar você de outras pessoas: qualquer pessoa com uma cópia do backup pode testar senhas e gastar as tentativas dele. Digite sua senha uma vez para vincular o cofre a este computador e a um novo código de recuperação.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Código de recuperação do cofre de chaves</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Código de recuperação do cofre de chaves</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Protect your backup</source>
        <translation>Proteja seu backup</translation>
    </message>
    <message>
        <source>Choose the new protection</source>
        <translation>Escolha a nova proteção</translation>
    </message>
    <message>
        <source>A new password or key changes only the lock on your backup key; nothing is uploaded again.</source>
        <translation>Uma nova senha ou chave muda só o cadeado da sua chave de backup; nada é enviado de novo.</translation>
    </message>
    <message>
        <source>Use a &amp;password</source>
        <translation>Usar uma &amp;senha</translation>
    </message>
    <message>
        <source>A random key you write down or save. Strongest, but keep it safe.</source>
        <translation>Uma chave aleatória que você anota ou salva. A opção mais forte, mas guarde-a bem.</translation>
    </message>
    <message>
        <source>Use a password with the key &amp;vault</source>
        <translation>Usar uma senha com o co&amp;fre de chaves</translation>
    </message>
    <message>
        <source>The key vault at %1 keeps your key; it allows only a few wrong tries.</source>
        <translation>O cofre de chaves em %1 guarda sua chave; ele permite só algumas tentativas erradas.</translation>
    </message>
    <message>
        <source>&amp;New password and new backup key</source>
        <translation>Nova senha e nova chave de &amp;backup</translation>
    </message>
    <message>
        <source>After a leak: a new key and a full new backup; the old one is deleted.</source>
        <translation>Depois de um vazamento: uma chave nova e um backup completo novo; o antigo é apagado.</translation>
    </message>
    <message>
        <source>A new password keeps your backup key: an old copy of the backup&apos;s settings with your old password still opens new backups. If your password or key may have leaked, choose &lt;b&gt;New password and new backup key&lt;/b&gt;.</source>
        <translation>Uma nova senha mantém sua chave de backup: uma cópia antiga das configurações do backup com sua senha antiga ainda abre os backups novos. Se sua senha ou chave pode ter vazado, escolha &lt;b&gt;Nova senha e nova chave de backup&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Como funciona</translation>
    </message>
    <message>
        <source>Chats and media are encrypted on this computer with a random backup key before they are stored.</source>
        <translation>As conversas e mídias são criptografadas neste computador com uma chave de backup aleatória antes de serem armazenadas.</translation>
    </message>
    <message>
        <source>This computer keeps the backup key in its keyring, so later backups run without asking.</source>
        <translation>Este computador guarda a chave do backup no chaveiro dele, então os próximos backups são feitos sem perguntar.</translation>
    </message>
    <message>
        <source>Your password never leaves this computer. (A key vault can be set up in Settings.)</source>
        <translation>Sua senha nunca sai deste computador. (Um cofre de chaves pode ser configurado em Configurações.)</translation>
    </message>
    <message>
        <source>Create a password</source>
        <translation>Crie uma senha</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer remembers the backup key, so you will not be asked for it at every backup.</source>
        <translation>Você vai precisar desta senha para restaurar suas conversas em um computador novo. Este computador guarda a chave do backup, então ela não será pedida a cada backup.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this password.&lt;/b&gt; If you forget it and lose this computer, your backups cannot be opened — not by you, not by us.</source>
        <translation>&lt;b&gt;Ninguém consegue recuperar esta senha.&lt;/b&gt; Se você esquecer a senha e perder este computador, seus backups não poderão ser abertos — nem por você, nem por nós.</translation>
    </message>
    <message>
        <source>Write it down or save it somewhere safe, away from this computer. You will need it to restore your chats on a new computer.</source>
        <translation>Anote ou salve a chave em um lugar seguro, longe deste computador. Você vai precisar dela para restaurar suas conversas em um computador novo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover this key.&lt;/b&gt; Anyone who has it can read your backups; if you lose it and this computer, your backups cannot be opened.</source>
        <translation>&lt;b&gt;Ninguém consegue recuperar esta chave.&lt;/b&gt; Quem tiver a chave consegue ler seus backups; se você perder a chave e este computador, seus backups não poderão ser abertos.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Seu código de recuperação</translation>
    </message>
    <message>
        <source>The key vault lets only this computer try your password. On a new computer you will need this code together with your password. Write it down or save it somewhere safe, away from this computer.</source>
        <translation>O cofre de chaves só deixa este computador tentar sua senha. Em um computador novo, você vai precisar deste código junto com sua senha. Anote ou salve o código em um lugar seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It is shown only now.&lt;/b&gt; Without it, a new computer cannot restore your backup with your password. The code alone cannot open your backup.</source>
        <translation>&lt;b&gt;Ele é mostrado só agora.&lt;/b&gt; Sem ele, um computador novo não consegue restaurar seu backup com sua senha. O código sozinho não abre seu backup.</translation>
    </message>
    <message>
        <source>Confirm your key</source>
        <translation>Confirme sua chave</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your key.</source>
        <translation>Para garantir que você guardou a chave, digite abaixo os grupos indicados dela.</translation>
    </message>
    <message>
        <source>Can&apos;t find these groups? Your key is not saved yet: go &lt;b&gt;Back&lt;/b&gt;, then copy it or save it to a file.</source>
        <translation>Não encontra esses grupos? Sua chave ainda não foi salva: clique em &lt;b&gt;Voltar&lt;/b&gt; e depois copie a chave ou salve-a em um arquivo.</translation>
    </message>
    <message>
        <source>Stop backing up from this computer?</source>
        <translation>Parar de fazer backup deste computador?</translation>
    </message>
    <message>
        <source>backupgui never makes unencrypted backups.</source>
        <translation>O backupgui nunca faz backups sem criptografia.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Salvar senha</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Usar esta chave</translation>
    </message>
    <message>
        <source>I saved my &amp;key</source>
        <translation>&amp;Já salvei minha chave</translation>
    </message>
    <message>
        <source>I saved my c&amp;ode</source>
        <translation>&amp;Já salvei meu código</translation>
    </message>
    <message>
        <source>&amp;Turn off</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Create a password for the key vault</source>
        <translation>Crie uma senha para o cofre de chaves</translation>
    </message>
    <message>
        <source>Create a new password for the new key</source>
        <translation>Crie uma nova senha para a nova chave</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with your password.</source>
        <translation>Este computador não pode usar o cofre de chaves sozinho. Digite o código de recuperação que você salvou ao configurar o cofre de chaves, junto com sua senha.</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log for details.</source>
        <translation>A verificação falhou inesperadamente; veja os detalhes no registro.</translation>
    </message>
    <message>
        <source>Confirm your recovery code</source>
        <translation>Confirme seu código de recuperação</translation>
    </message>
    <message>
        <source>To make sure you kept it, type the groups below from your recovery code.</source>
        <translation>Para garantir que você guardou o código, digite abaixo os grupos indicados dele.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Group %1 of your key</source>
        <translation>Grupo %1 da sua chave</translation>
    </message>
    <message>
        <source>That does not match your recovery code. Go back to see it again, and check the group numbers.</source>
        <translation>Isso não corresponde ao seu código de recuperação. Volte para vê-lo de novo e confira os números dos grupos.</translation>
    </message>
    <message>
        <source>That does not match your key. Go back to see it again, and check the group numbers.</source>
        <translation>Isso não corresponde à sua chave. Volte para vê-la de novo e confira os números dos grupos.</translation>
    </message>
    <message>
        <source>Could not change encryption</source>
        <translation>Não foi possível alterar a criptografia</translation>
    </message>
    <message>
        <source>There is no backup at this destination yet, so the password cannot be checked here. Back up first: the first backup here asks how it will be protected.</source>
        <translation>Ainda não há backup neste destino, então a senha não pode ser verificada aqui. Faça um backup primeiro: o primeiro backup aqui pergunta como ele será protegido.</translation>
    </message>
    <message>
        <source>Easy to remember. At least %1 characters. You need it to restore.</source>
        <translation>Fácil de lembrar. Pelo menos %1 caracteres. Você vai precisar dela para restaurar.</translation>
    </message>
    <message>
        <source>Groups are numbered %1 to %2, left to right, top to bottom. Letters can be typed in upper or lower case.</source>
        <translation>Os grupos são numerados de %1 a %2, da esquerda para a direita, de cima para baixo. As letras podem ser digitadas em maiúsculas ou minúsculas.</translation>
    </message>
    <message>
        <source>Enter your %1-digit key</source>
        <translation>Digite sua chave de %1 dígitos</translation>
    </message>
    <message>
        <source>This destination already has an encrypted backup. Enter its %1-digit key so this computer can keep backing up to it.</source>
        <translation>Este destino já tem um backup criptografado. Digite a chave de %1 dígitos dele para que este computador continue fazendo backup nele.</translation>
    </message>
    <message>
        <source>Enter your current %1-digit key</source>
        <translation>Digite sua chave de %1 dígitos atual</translation>
    </message>
    <message>
        <source>To change how your backup is protected, first prove you know the current %1-digit key.</source>
        <translation>Para alterar a proteção do seu backup, primeiro comprove que você sabe a chave de %1 dígitos atual.</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption on this computer needs the current %1-digit key.</source>
        <translation>Para desativar a criptografia de ponta a ponta neste computador, é preciso a chave de %1 dígitos atual.</translation>
    </message>
    <message>
        <source>Do you still remember your %1-digit key?</source>
        <translation>Você ainda se lembra da sua chave de %1 dígitos?</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>&amp;Chave de %1 dígitos</translation>
    </message>
    <message>
        <source>Your chats are encrypted on this computer before they leave it. Only someone with your password or %1-digit key can read the backup — not Google, not us.</source>
        <translation>Suas conversas são criptografadas neste computador antes de saírem dele. Só quem tem sua senha ou chave de %1 dígitos consegue ler o backup — nem o Google, nem nós.</translation>
    </message>
    <message>
        <source>Use a %1-digit &amp;key</source>
        <translation>Usar uma &amp;chave de %1 dígitos</translation>
    </message>
    <message>
        <source>On a new computer, your password or %1-digit key unlocks the backup. Nobody else can.</source>
        <translation>Em um computador novo, sua senha ou chave de %1 dígitos desbloqueia o backup. Ninguém mais consegue.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Sua chave de %1 dígitos</translation>
    </message>
    <message>
        <source>Turning off end-to-end encryption here will:&lt;ul&gt;&lt;li&gt;remove the backup key from this computer&apos;s keyring,&lt;/li&gt;&lt;li&gt;stop backups from this computer until you turn encryption on again.&lt;/li&gt;&lt;/ul&gt;Backups already made stay where they are, still encrypted. You can restore them with your password or %1-digit key at any time.</source>
        <translation>Ao desativar a criptografia de ponta a ponta aqui, o backupgui vai:&lt;ul&gt;&lt;li&gt;remover a chave do backup do chaveiro deste computador,&lt;/li&gt;&lt;li&gt;parar os backups deste computador até você ativar a criptografia de novo.&lt;/li&gt;&lt;/ul&gt;Os backups já feitos continuam onde estão, ainda criptografados. Você pode restaurá-los com sua senha ou chave de %1 dígitos a qualquer momento.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so each backup asks for your password or key.</source>
        <translation>Este computador não tem chaveiro, então cada backup pede sua senha ou chave.</translation>
    </message>
    <message>
        <source>You will need this password to restore your chats on a new computer. This computer has no keyring, so each backup asks for it too.</source>
        <translation>Você vai precisar desta senha para restaurar suas conversas em um computador novo. Este computador não tem chaveiro, então cada backup também vai pedi-la.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on.</source>
        <translation>O código de recuperação que você anotou ou salvou não será usado: o backupgui o esquece agora, e a criptografia de ponta a ponta não é ativada.</translation>
    </message>
    <message>
        <source>The recovery code you wrote down or saved will not be used: backupgui forgets it now, and your backup stays protected as it is.</source>
        <translation>O código de recuperação que você anotou ou salvou não será usado: o backupgui o esquece agora, e seu backup continua protegido como está.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved will not be used: backupgui forgets it now, and end-to-end encryption is not turned on. Next time you will get a new key.</source>
        <translation>A chave de %1 dígitos que você anotou ou salvou não será usada: o backupgui a esquece agora, e a criptografia de ponta a ponta não é ativada. Da próxima vez, você vai receber uma chave nova.</translation>
    </message>
    <message>
        <source>The %1-digit key you wrote down or saved is your backup&apos;s own key: it still opens your backups, so keep it safe or destroy it. Your backup stays protected as it is.</source>
        <translation>A chave de %1 dígitos que você anotou ou salvou é a própria chave do seu backup: ela continua abrindo seus backups, então guarde-a com segurança ou destrua-a. Seu backup continua protegido como está.</translation>
    </message>
    <message>
        <source>Leave without finishing?</source>
        <translation>Sair sem concluir?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Ficar</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Backup history</source>
        <translation>Histórico de backups</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <source>Past backups</source>
        <translation>Backups anteriores</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>No backups have run yet.</source>
        <translation>Nenhum backup foi feito ainda.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln run(s), newest first.</source>
        <translation>
            <numerusform>O último backup, do mais recente para o mais antigo.</numerusform>
            <numerusform>Os últimos %Ln backups, do mais recente para o mais antigo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backup feito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 enviados</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Interrompido por você</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Salvo em</translation>
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
        <translation>Interrompido por você (%1 já enviados)</translation>
    </message>
    <message>
        <source>%1 (%2 sent before the stop)</source>
        <translation>%1 (%2 enviados antes da interrupção)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): %1</source>
        <translation>
            <numerusform>%Ln aviso: %1</numerusform>
            <numerusform>%Ln avisos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importar conversas</translation>
    </message>
    <message>
        <source>Choose a WhatsApp export (.zip or .txt) or a Telegram Desktop export (its folder, result.json, or a .zip of it).</source>
        <translation>Escolha uma conversa exportada do WhatsApp (.zip ou .txt) ou uma exportação do Telegram Desktop (a pasta, o result.json ou um .zip dela).</translation>
    </message>
    <message>
        <source>No export chosen</source>
        <translation>Nenhuma exportação escolhida</translation>
    </message>
    <message>
        <source>Export file or folder</source>
        <translation>Arquivo ou pasta da exportação</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato da exportação</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Conversa:</translation>
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
        <translation>Mensagens:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datas:</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Mídia:</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Chats in the export</source>
        <translation>Conversas na exportação</translation>
    </message>
    <message>
        <source>Warnings and skipped lines</source>
        <translation>Avisos e linhas ignoradas</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Observações:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Andamento da importação</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import from &amp;phone backup…</source>
        <translation>Importar de &amp;backup do celular…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Escolha uma exportação</translation>
    </message>
    <message>
        <source>Chat exports (*.zip *.txt *.json);;All files (*)</source>
        <translation>Conversas exportadas (*.zip *.txt *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a Telegram export folder</source>
        <translation>Escolha uma pasta exportada do Telegram</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Lendo a exportação…</translation>
    </message>
    <message>
        <source>%1 export. Check what will be imported, then press Import.</source>
        <translation>Exportação do %1. Confira o que será importado e clique em Importar.</translation>
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
        <translation>Grupos e conversas individuais</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator in a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 e mais %Ln</numerusform>
            <numerusform>%1 e mais %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) found</source>
        <translation>
            <numerusform>%Ln arquivo encontrado</numerusform>
            <numerusform>%Ln arquivos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln not in the export (their messages are kept)</source>
        <translation>
            <numerusform>%1, %Ln fora da exportação (a mensagem dele é mantida)</numerusform>
            <numerusform>%1, %Ln fora da exportação (as mensagens deles são mantidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>where in the export: what was wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <comment>%1: new messages, %2: chats</comment>
        <translation>Importação concluída: %1 em %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s)</source>
        <translation>
            <numerusform>%Ln mensagem nova</numerusform>
            <numerusform>%Ln mensagens novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln já estava na biblioteca.</numerusform>
            <numerusform>%Ln já estavam na biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln arquivo de mídia adicionado.</numerusform>
            <numerusform>%Ln arquivos de mídia adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped (see Notes).</source>
        <translation>
            <numerusform>%Ln linha ignorada (veja Observações).</numerusform>
            <numerusform>%Ln linhas ignoradas (veja Observações).</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>space between sentences</comment>
        <translation> </translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Nada foi importado; a biblioteca continua igual.</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Importação cancelada; a biblioteca continua igual.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Conta excluída</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln mensagem difere da cópia da biblioteca (as duas foram mantidas).</numerusform>
            <numerusform>%Ln mensagens diferem da cópia da biblioteca (as duas foram mantidas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyField</name>
    <message>
        <source>This file is not a text file with a backup key.</source>
        <translation>Este arquivo não é um arquivo de texto com uma chave de backup.</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Abrir arquivo de chave…</translation>
    </message>
    <message>
        <source>Open your backup key file</source>
        <translation>Abrir o arquivo da sua chave de backup</translation>
    </message>
    <message>
        <source>Key files (*.txt);;All files (*)</source>
        <translation>Arquivos de chave (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Open key file…</source>
        <translation>&amp;Abrir arquivo de chave…</translation>
    </message>
    <message>
        <source>Read the key from the file you saved with &quot;Save to file…&quot;</source>
        <translation>Ler a chave do arquivo que você salvou com &quot;Salvar em arquivo…&quot;</translation>
    </message>
    <message>
        <source>%1-digit key</source>
        <translation>Chave de %1 dígitos</translation>
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
        <translation>&amp;Salvar em arquivo…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Seu código de recuperação</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear your clipboard.</source>
        <translation>Copiada. Cole em um lugar seguro e depois limpe a área de transferência.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Salvar seu código de recuperação</translation>
    </message>
    <message>
        <source>backupgui key vault recovery code

%1

Keep this file somewhere safe and offline. With your password, it lets you restore your backup on a new computer.
</source>
        <translation>backupgui key vault recovery code

%1

Guarde este arquivo em um lugar seguro e offline. Com sua senha, ele permite restaurar seu backup em um computador novo.
</translation>
    </message>
    <message>
        <source>Save your backup key</source>
        <translation>Salvar a chave do backup</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>backupgui 64-digit backup key

%1

Keep this file somewhere safe and offline. Anyone with it can read your backups.
</source>
        <translation>backupgui 64-digit backup key

%1

Guarde este arquivo em um lugar seguro e offline. Quem tiver este arquivo consegue ler seus backups.
</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Não foi possível salvar: %1</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer, for example to a USB stick.</source>
        <translation>Salva. Tire o arquivo deste computador, por exemplo para um pen drive.</translation>
    </message>
    <message>
        <source>Your %1-digit key</source>
        <translation>Sua chave de %1 dígitos</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Enter your password or key</source>
        <translation>Digite sua senha ou chave</translation>
    </message>
    <message>
        <source>The backup is end-to-end encrypted. It is unlocked here, on this computer.</source>
        <translation>O backup tem criptografia de ponta a ponta. Ele é desbloqueado aqui, neste computador.</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Backups encontrados</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>Conjunto de backups</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Senha do backup</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Código de recuperação do cofre de chaves</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Código de recuperação do cofre de chaves</translation>
    </message>
    <message>
        <source>Key vault &amp;address</source>
        <translation>&amp;Endereço do cofre de chaves</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Endereço do cofre de chaves</translation>
    </message>
    <message>
        <source>This computer has not used this key vault before</source>
        <translation>Este computador nunca usou este cofre de chaves</translation>
    </message>
    <message>
        <source>Key vault address and identity</source>
        <translation>Endereço e identidade do cofre de chaves</translation>
    </message>
    <message>
        <source>Only continue if this is the key vault you chose when you set up this backup. Whoever can change the backup&apos;s storage can make it name another server, to collect what proves your account and use up your password attempts.</source>
        <translation>Só continue se este for o cofre de chaves que você escolheu ao configurar este backup. Quem pode alterar o armazenamento do backup pode fazê-lo indicar outro servidor, para coletar o que comprova a sua conta e esgotar as suas tentativas de senha.</translation>
    </message>
    <message>
        <source>This is the key vault I chose for this backup</source>
        <translation>Este é o cofre de chaves que escolhi para este backup</translation>
    </message>
    <message>
        <source>Confirm the key vault</source>
        <translation>Confirmar o cofre de chaves</translation>
    </message>
    <message>
        <source>Backups protected by: %1 (newest: %2)</source>
        <translation>Backups protegidos por: %1 (mais recente: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) found, the newest from %1. Protected by: %2.</source>
        <translation>
            <numerusform>Um backup encontrado (%1). Protegido por: %2.</numerusform>
            <numerusform>%n backups encontrados; o mais recente: %1. Protegidos por: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Address: %1
Identity (server key fingerprint): %2</source>
        <translation>Endereço: %1
Identidade (impressão digital da chave do servidor): %2</translation>
    </message>
    <message>
        <source>Checking… (this takes a few seconds on purpose, to slow down guessing)</source>
        <translation>Verificando… (isso leva alguns segundos de propósito, para dificultar tentativas de adivinhação)</translation>
    </message>
    <message>
        <source>The %1-digit code shown when the key vault was set up. Not needed on the computer that made the backup.</source>
        <translation>O código de %1 dígitos mostrado quando o cofre de chaves foi configurado. Não é necessário no computador que fez o backup.</translation>
    </message>
    <message>
        <source>%1-digit &amp;key</source>
        <translation>&amp;Chave de %1 dígitos</translation>
    </message>
    <message>
        <source>Change it only if your key vault has moved to a new address. It must still be the vault this backup was made with. Several addresses of the same vault (its servers) are separated by commas.</source>
        <translation>Altere-o somente se o seu cofre de chaves mudou para um novo endereço. Ele ainda precisa ser o cofre com que este backup foi feito. Vários endereços do mesmo cofre (seus servidores) são separados por vírgulas.</translation>
    </message>
    <message>
        <source>Enter the key vault&apos;s address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>Digite o endereço do cofre de chaves (http:// ou https://), ou vários endereços do mesmo cofre separados por vírgulas: no máximo %1, nenhum repetido.</translation>
    </message>
    <message>
        <source>Addresses: %1
Identity (server key fingerprint): %2</source>
        <translation>Endereços: %1
Identidade (impressão digital da chave do servidor): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>backupgui — Chat backup</source>
        <translation>backupgui — Backup de conversas</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Biblioteca: %1</translation>
    </message>
    <message>
        <source>Reading your chats…</source>
        <translation>Lendo suas conversas…</translation>
    </message>
    <message>
        <source>backupgui logo</source>
        <translation>Logotipo do backupgui</translation>
    </message>
    <message>
        <source>Your chats, safely backed up</source>
        <translation>Suas conversas com backup seguro</translation>
    </message>
    <message>
        <source>There are no chats on this computer yet. Import a chat export from WhatsApp or Telegram, restore them from a backup, or look around with sample chats.</source>
        <translation>Ainda não há conversas neste computador. Importe uma conversa exportada do WhatsApp ou do Telegram, restaure as conversas de um backup ou explore com conversas de exemplo.</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar conversas…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <source>Try with &amp;sample chats</source>
        <translation>Experimentar com conversas de &amp;exemplo</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Search chats (%1)</source>
        <translation>Pesquisar conversas (%1)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selecionar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Selecionar &amp;nenhuma</translation>
    </message>
    <message>
        <source>Include vi&amp;deos</source>
        <translation>Incluir &amp;vídeos</translation>
    </message>
    <message>
        <source>Include videos in the backup</source>
        <translation>Incluir vídeos no backup</translation>
    </message>
    <message>
        <source>Ticked chats are backed up. Space ticks or unticks the current chat; Enter opens it.</source>
        <translation>As conversas marcadas entram no backup. A barra de espaço marca ou desmarca a conversa atual; Enter abre a conversa.</translation>
    </message>
    <message>
        <source>Tick the chats to back up. Double-click a chat to read it.</source>
        <translation>Marque as conversas que vão para o backup. Clique duas vezes em uma conversa para lê-la.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Lembrete</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your backup password?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Você ainda se lembra da senha do seu backup?&lt;/b&gt; Verifique agora para poder restaurar suas conversas em um computador novo.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Ve&amp;rificar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar do backup…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Cancelar backup</translation>
    </message>
    <message>
        <source>End-to-end &amp;encryption…</source>
        <translation>Cr&amp;iptografia de ponta a ponta…</translation>
    </message>
    <message>
        <source>Check my &amp;password…</source>
        <translation>Verificar minha &amp;senha…</translation>
    </message>
    <message>
        <source>&amp;Turn off encryption…</source>
        <translation>&amp;Desativar criptografia…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Find chat</source>
        <translation>&amp;Localizar conversa</translation>
    </message>
    <message>
        <source>&amp;Open chat</source>
        <translation>&amp;Abrir conversa</translation>
    </message>
    <message>
        <source>&amp;Reload chat list</source>
        <translation>&amp;Recarregar lista de conversas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About backupgui</source>
        <translation>&amp;Sobre o backupgui</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your chats</source>
        <translation>Não foi possível ler suas conversas</translation>
    </message>
    <message>
        <source>Creating sample chats…</source>
        <translation>Criando conversas de exemplo…</translation>
    </message>
    <message>
        <source>Cannot create sample chats</source>
        <translation>Não foi possível criar as conversas de exemplo</translation>
    </message>
    <message>
        <source>Backup finished: %1, %2.</source>
        <comment>%1: chats, %2: messages</comment>
        <translation>Backup concluído: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup cancelled. The previous backup is unchanged.</source>
        <translation>Backup cancelado. O backup anterior continua igual.</translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Backup concluído com avisos</translation>
    </message>
    <message numerus="yes">
        <source>The backup is saved, with %Ln warning(s):</source>
        <translation>
            <numerusform>O backup foi salvo, com %Ln aviso:</numerusform>
            <numerusform>O backup foi salvo, com %Ln avisos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chat exports is coming soon.</source>
        <translation>A importação de conversas exportadas chega em breve.</translation>
    </message>
    <message>
        <source>About backupgui</source>
        <translation>Sobre o backupgui</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;End-to-end encrypted backups of your chats to Google Drive or a folder.&lt;/p&gt;&lt;p&gt;Your password and key never leave this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backupgui %1&lt;/h3&gt;&lt;p&gt;Backups das suas conversas com criptografia de ponta a ponta no Google Drive ou em uma pasta.&lt;/p&gt;&lt;p&gt;Sua senha e sua chave nunca saem deste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup is running</source>
        <translation>Um backup está em andamento</translation>
    </message>
    <message>
        <source>Stop the backup and quit?</source>
        <translation>Parar o backup e sair?</translation>
    </message>
    <message>
        <source>The backup stops safely and your previous backup stays as it was. The parts already uploaded stay at the destination, so the next backup does not send them again.</source>
        <translation>O backup para com segurança e o backup anterior continua como estava. As partes já enviadas ficam no destino, então o próximo backup não as envia de novo.</translation>
    </message>
    <message>
        <source>A restore is running</source>
        <translation>Uma restauração está em andamento</translation>
    </message>
    <message>
        <source>Stop the restore and quit?</source>
        <translation>Parar a restauração e sair?</translation>
    </message>
    <message>
        <source>The restore stops safely; nothing is changed on this computer.</source>
        <translation>A restauração para com segurança; nada é alterado neste computador.</translation>
    </message>
    <message>
        <source>&amp;Stop restore and quit</source>
        <translation>&amp;Parar a restauração e sair</translation>
    </message>
    <message>
        <source>&amp;Keep restoring</source>
        <translation>&amp;Continuar a restauração</translation>
    </message>
    <message>
        <source>&amp;Stop backup and quit</source>
        <translation>&amp;Parar o backup e sair</translation>
    </message>
    <message>
        <source>&amp;Keep backing up</source>
        <translation>&amp;Continuar o backup</translation>
    </message>
    <message>
        <source>The backup stops safely. This destination has no complete backup yet; the parts already uploaded stay there, so the next backup does not send them again.</source>
        <translation>O backup para com segurança. Este destino ainda não tem um backup completo; as partes já enviadas ficam lá, então o próximo backup não as envia de novo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Do you still remember your %1-digit key?&lt;/b&gt; Check it now, so you can restore your chats on a new computer.</source>
        <translation>&lt;b&gt;Você ainda se lembra da sua chave de %1 dígitos?&lt;/b&gt; Verifique agora para poder restaurar suas conversas em um computador novo.</translation>
    </message>
    <message>
        <source>Backup cancelled. There is no complete backup here yet.</source>
        <translation>Backup cancelado. Ainda não há um backup completo aqui.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>A setting in backupgui.ini was not valid and was reset to its default: %1</source>
        <translation>Uma configuração em backupgui.ini não era válida e voltou ao valor padrão: %1</translation>
    </message>
    <message>
        <source>Some settings in backupgui.ini were not valid and were reset to their defaults: %1</source>
        <translation>Algumas configurações em backupgui.ini não eram válidas e voltaram aos valores padrão: %1</translation>
    </message>
    <message>
        <source>OK, got it</source>
        <translation>OK, entendi</translation>
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
        <translation>Você</translation>
    </message>
    <message>
        <source>Media not on this computer</source>
        <translation>Mídia fora deste computador</translation>
    </message>
    <message>
        <source>Photo not on this computer</source>
        <translation>Foto fora deste computador</translation>
    </message>
    <message>
        <source>Video not on this computer</source>
        <translation>Vídeo fora deste computador</translation>
    </message>
    <message>
        <source>Voice note not on this computer</source>
        <translation>Mensagem de voz fora deste computador</translation>
    </message>
    <message>
        <source>Audio not on this computer</source>
        <translation>Áudio fora deste computador</translation>
    </message>
    <message>
        <source>Sticker not on this computer</source>
        <translation>Figurinha fora deste computador</translation>
    </message>
    <message>
        <source>Document not on this computer</source>
        <translation>Documento fora deste computador</translation>
    </message>
    <message>
        <source>Media not included in the export</source>
        <translation>Mídia não incluída na exportação</translation>
    </message>
    <message>
        <source>Photo not included in the export</source>
        <translation>Foto não incluída na exportação</translation>
    </message>
    <message>
        <source>Video not included in the export</source>
        <translation>Vídeo não incluído na exportação</translation>
    </message>
    <message>
        <source>Voice note not included in the export</source>
        <translation>Mensagem de voz não incluída na exportação</translation>
    </message>
    <message>
        <source>Audio not included in the export</source>
        <translation>Áudio não incluído na exportação</translation>
    </message>
    <message>
        <source>Sticker not included in the export</source>
        <translation>Figurinha não incluída na exportação</translation>
    </message>
    <message>
        <source>Document not included in the export</source>
        <translation>Documento não incluído na exportação</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Deleted Account</source>
        <translation>Conta excluída</translation>
    </message>
    <message>
        <source>Someone</source>
        <comment>an unknown person</comment>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <comment>a group member the backup does not name</comment>
        <translation>Participante desconhecido</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.</source>
        <translation>Mensagens e chamadas são criptografadas de ponta a ponta. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode lê-las ou ouvi-las.</translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <source>You deleted this message</source>
        <translation>Você apagou esta mensagem</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Chamada de voz perdida</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Chamada de vídeo perdida</translation>
    </message>
    <message>
        <source>Missed group voice call</source>
        <translation>Chamada de voz em grupo perdida</translation>
    </message>
    <message>
        <source>Missed group video call</source>
        <translation>Chamada de vídeo em grupo perdida</translation>
    </message>
    <message>
        <source>You were added</source>
        <comment>group event</comment>
        <translation>Você foi adicionado</translation>
    </message>
    <message>
        <source>You were removed</source>
        <comment>group event</comment>
        <translation>Você foi removido</translation>
    </message>
    <message>
        <source>You&apos;re now an admin</source>
        <comment>group event</comment>
        <translation>Agora você é admin</translation>
    </message>
    <message>
        <source>You joined using this group&apos;s invite link</source>
        <translation>Você entrou usando o link de convite deste grupo</translation>
    </message>
    <message>
        <source>Your security code changed</source>
        <translation>Seu código de segurança mudou</translation>
    </message>
    <message>
        <source>Your security code with %1 changed</source>
        <comment>%1: a person</comment>
        <translation>Seu código de segurança com %1 mudou</translation>
    </message>
    <message>
        <source>%1 changed the group name to &quot;%2&quot;</source>
        <comment>%1: a person, %2: the new name</comment>
        <translation>%1 mudou o nome do grupo para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You changed the group name to &quot;%2&quot;</source>
        <comment>%2: the new name</comment>
        <translation>Você mudou o nome do grupo para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 changed the group name</source>
        <comment>%1: a person</comment>
        <translation>%1 mudou o nome do grupo</translation>
    </message>
    <message>
        <source>You changed the group name</source>
        <translation>Você mudou o nome do grupo</translation>
    </message>
    <message>
        <source>%1 changed this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 mudou a imagem deste grupo</translation>
    </message>
    <message>
        <source>You changed this group&apos;s icon</source>
        <translation>Você mudou a imagem deste grupo</translation>
    </message>
    <message>
        <source>%1 changed the group description</source>
        <comment>%1: a person</comment>
        <translation>%1 mudou a descrição do grupo</translation>
    </message>
    <message>
        <source>You changed the group description</source>
        <translation>Você mudou a descrição do grupo</translation>
    </message>
    <message>
        <source>%1 changed their phone number to %2</source>
        <comment>%1: the old number, %2: the new number</comment>
        <translation>%1 mudou o número de telefone para %2</translation>
    </message>
    <message>
        <source>%1 changed their phone number</source>
        <comment>%1: a person</comment>
        <translation>%1 mudou o número de telefone</translation>
    </message>
    <message>
        <source>%1 created group &quot;%2&quot;</source>
        <comment>%1: a person, %2: the group&apos;s name</comment>
        <translation>%1 criou o grupo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>You created group &quot;%2&quot;</source>
        <comment>%2: the group&apos;s name</comment>
        <translation>Você criou o grupo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 created this group</source>
        <comment>%1: a person</comment>
        <translation>%1 criou este grupo</translation>
    </message>
    <message>
        <source>You created this group</source>
        <translation>Você criou este grupo</translation>
    </message>
    <message>
        <source>You joined</source>
        <translation>Você entrou</translation>
    </message>
    <message>
        <source>You left</source>
        <translation>Você saiu</translation>
    </message>
    <message>
        <source>%1 added you</source>
        <comment>%1: a person</comment>
        <translation>%1 adicionou você</translation>
    </message>
    <message>
        <source>%1 removed you</source>
        <comment>%1: a person</comment>
        <translation>%1 removeu você</translation>
    </message>
    <message>
        <source>%1 added a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 adicionou um participante</translation>
    </message>
    <message>
        <source>You added a participant</source>
        <translation>Você adicionou um participante</translation>
    </message>
    <message>
        <source>%1 removed a participant</source>
        <comment>%1: a person</comment>
        <translation>%1 removeu um participante</translation>
    </message>
    <message>
        <source>You removed a participant</source>
        <translation>Você removeu um participante</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 adicionou %2</translation>
    </message>
    <message>
        <source>You added %2</source>
        <comment>%2: people</comment>
        <translation>Você adicionou %2</translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <comment>%1: a person, %2: people</comment>
        <translation>%1 removeu %2</translation>
    </message>
    <message>
        <source>You removed %2</source>
        <comment>%2: people</comment>
        <translation>Você removeu %2</translation>
    </message>
    <message>
        <source>%1 reacted %2 to &quot;%3&quot;</source>
        <comment>%1: a person, %2: an emoji, %3: the start of the message</comment>
        <translation>%1 reagiu com %2 a &quot;%3&quot;</translation>
    </message>
    <message>
        <source>You reacted %2 to &quot;%3&quot;</source>
        <comment>%2: an emoji, %3: the start of the message</comment>
        <translation>Você reagiu com %2 a &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 reacted %2</source>
        <comment>%1: a person, %2: an emoji</comment>
        <translation>%1 reagiu com %2</translation>
    </message>
    <message>
        <source>You reacted %2</source>
        <comment>%2: an emoji</comment>
        <translation>Você reagiu com %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
… (%Ln more character(s) not shown here)</source>
        <translation>
            <numerusform>%1
… (mais %Ln caractere não mostrado aqui)</numerusform>
            <numerusform>%1
… (mais %Ln caracteres não mostrados aqui)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted this group&apos;s icon</source>
        <comment>%1: a person</comment>
        <translation>%1 apagou a imagem deste grupo</translation>
    </message>
    <message>
        <source>You deleted this group&apos;s icon</source>
        <translation>Você apagou a imagem deste grupo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of two people</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of three or more people</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a person and the rest of a list of people</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: one person</comment>
        <translation>%1 entrou usando o link de convite deste grupo</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: one person</comment>
        <translation>%1 entrou</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <comment>%1: one person</comment>
        <translation>%1 foi adicionado</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: one person</comment>
        <translation>%1 saiu</translation>
    </message>
    <message>
        <source>%1 is now an admin</source>
        <comment>%1: one person</comment>
        <translation>%1 agora é admin</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: two people</comment>
        <translation>%1 foram adicionados</translation>
    </message>
    <message>
        <source>%1 were added</source>
        <comment>%1: three or more people</comment>
        <translation>%1 foram adicionados</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: two people</comment>
        <translation>%1 entraram</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <comment>%1: three or more people</comment>
        <translation>%1 entraram</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: two people</comment>
        <translation>%1 saíram</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>%1: three or more people</comment>
        <translation>%1 saíram</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: two people</comment>
        <translation>%1 entraram usando o link de convite deste grupo</translation>
    </message>
    <message>
        <source>%1 joined using this group&apos;s invite link</source>
        <comment>%1: three or more people</comment>
        <translation>%1 entraram usando o link de convite deste grupo</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: two people</comment>
        <translation>%1 agora são admins</translation>
    </message>
    <message>
        <source>%1 are now admins</source>
        <comment>%1: three or more people</comment>
        <translation>%1 agora são admins</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Chamada de voz, não atendida</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Chamada de vídeo, não atendida</translation>
    </message>
    <message>
        <source>Group voice call, no answer</source>
        <comment>a call you made</comment>
        <translation>Chamada de voz em grupo, não atendida</translation>
    </message>
    <message>
        <source>Group video call, no answer</source>
        <comment>a call you made</comment>
        <translation>Chamada de vídeo em grupo, não atendida</translation>
    </message>
    <message>
        <source>Voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Chamada de voz, %1</translation>
    </message>
    <message>
        <source>Video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Chamada de vídeo, %1</translation>
    </message>
    <message>
        <source>Group voice call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Chamada de voz em grupo, %1</translation>
    </message>
    <message>
        <source>Group video call, %1</source>
        <comment>%1: how long it lasted</comment>
        <translation>Chamada de vídeo em grupo, %1</translation>
    </message>
    <message>
        <source>Reply to a message not found in this chat</source>
        <translation>Resposta a uma mensagem que não está nesta conversa</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <comment>spoken before a reply&apos;s text; %1: the quoted line</comment>
        <translation>Resposta: %1</translation>
    </message>
    <message>
        <source>Reply to %1: %2</source>
        <comment>spoken before a reply&apos;s text; %1: a person, %2: the first line of the message replied to</comment>
        <translation>Resposta a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more version(s).</source>
        <translation>
            <numerusform>Mais %Ln versão.</numerusform>
            <numerusform>Mais %Ln versões.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited: this message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Editada: esta mensagem tem duas versões</translation>
    </message>
    <message>
        <source>This message has two versions</source>
        <comment>in a reply&apos;s quote: the quoted message has another version</comment>
        <translation>Esta mensagem tem duas versões</translation>
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
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Digite de novo</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Con&amp;firm password</source>
        <translation>C&amp;onfirmar senha</translation>
    </message>
    <message>
        <source>Not a commonly used password</source>
        <translation>Não é uma senha muito usada</translation>
    </message>
    <message>
        <source>Both entries match</source>
        <translation>As duas senhas são iguais</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muito fraca</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <translation>Mostrar senha</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar senha</translation>
    </message>
    <message>
        <source>Show or hide the password (%1)</source>
        <translation>Mostrar ou ocultar a senha (%1)</translation>
    </message>
</context>
<context>
    <name>PathLabel</name>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
</context>
<context>
    <name>PhoneImportDialog</name>
    <message>
        <source>Import from phone backup</source>
        <translation>Importar de backup do celular</translation>
    </message>
    <message>
        <source>Import your whole WhatsApp history from the phone&apos;s own backup: msgstore.db.crypt15 from an Android phone (WhatsApp/Databases), or an iPhone backup folder made by Finder or iTunes. docs/IMPORT.md explains where to find them and the key.</source>
        <translation>Importe todo o seu histórico do WhatsApp a partir do backup do próprio celular: o msgstore.db.crypt15 de um celular Android (WhatsApp/Databases) ou uma pasta de backup do iPhone criada pelo Finder ou pelo iTunes. O docs/IMPORT.md explica onde encontrá-los e a chave.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Nenhum backup escolhido</translation>
    </message>
    <message>
        <source>Phone backup file or folder</source>
        <translation>Arquivo ou pasta do backup do celular</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Escolher &amp;arquivo…</translation>
    </message>
    <message>
        <source>iPhone &amp;backup folder…</source>
        <translation>Pasta de &amp;backup do iPhone…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>K&amp;ey file…</source>
        <translation>Arquivo de c&amp;have…</translation>
    </message>
    <message>
        <source>encrypted_backup.key, or the file named &quot;key&quot; of a .crypt14/.crypt12 backup</source>
        <translation>encrypted_backup.key, ou o arquivo chamado &quot;key&quot; de um backup .crypt14/.crypt12</translation>
    </message>
    <message>
        <source>iPhone backup password</source>
        <translation>Senha do backup do iPhone</translation>
    </message>
    <message>
        <source>Backup &amp;password:</source>
        <translation>&amp;Senha do backup:</translation>
    </message>
    <message>
        <source>Optional: WhatsApp&apos;s Media folder, copied from the phone</source>
        <translation>Opcional: a pasta Media do WhatsApp, copiada do celular</translation>
    </message>
    <message>
        <source>Media folder</source>
        <translation>Pasta de mídia</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Mídia:</translation>
    </message>
    <message>
        <source>Optional: wa.db, for contact names</source>
        <translation>Opcional: wa.db, para os nomes dos contatos</translation>
    </message>
    <message>
        <source>Contacts file</source>
        <translation>Arquivo de contatos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contatos:</translation>
    </message>
    <message>
        <source>O&amp;pen backup</source>
        <translation>Abri&amp;r backup</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Chats in the backup</source>
        <translation>Conversas no backup</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the WhatsApp backup</source>
        <translation>Escolha o backup do WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp backups (*.crypt15 *.crypt14 *.crypt12 *.db);;All files (*)</source>
        <translation>Backups do WhatsApp (*.crypt15 *.crypt14 *.crypt12 *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the iPhone backup folder</source>
        <translation>Escolha a pasta de backup do iPhone</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Escolha o arquivo de chave</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>Arquivo de chave: %1</translation>
    </message>
    <message>
        <source>Choose WhatsApp&apos;s Media folder</source>
        <translation>Escolha a pasta Media do WhatsApp</translation>
    </message>
    <message>
        <source>Choose wa.db</source>
        <translation>Escolha o wa.db</translation>
    </message>
    <message>
        <source>Contact database (wa.db*);;All files (*)</source>
        <translation>Banco de dados de contatos (wa.db*);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Looking at the backup…</source>
        <translation>Examinando o backup…</translation>
    </message>
    <message>
        <source>Looking for media files…</source>
        <translation>Procurando arquivos de mídia…</translation>
    </message>
    <message>
        <source>iPhone backup. Press Open backup to read it.</source>
        <translation>Backup do iPhone. Clique em Abrir backup para lê-lo.</translation>
    </message>
    <message>
        <source>Encrypted iPhone backup: enter its password, then press Open backup.</source>
        <translation>Backup do iPhone criptografado: digite a senha dele e clique em Abrir backup.</translation>
    </message>
    <message>
        <source>Android backup: enter its key, then press Open backup.</source>
        <translation>Backup do Android: digite a chave dele e clique em Abrir backup.</translation>
    </message>
    <message>
        <source>Android message database. Press Open backup.</source>
        <translation>Banco de dados de mensagens do Android. Clique em Abrir backup.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Abrindo o backup…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>Check what will be imported, then press Import.</source>
        <translation>Confira o que será importado e clique em Importar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln conversa</numerusform>
            <numerusform>%Ln conversas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) found</source>
        <translation>
            <numerusform>%Ln arquivo de mídia encontrado</numerusform>
            <numerusform>%Ln arquivos de mídia encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not on this computer (their messages are kept)</source>
        <translation>
            <numerusform>%Ln fora deste computador (a mensagem dele é mantida)</numerusform>
            <numerusform>%Ln fora deste computador (as mensagens deles são mantidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new message(s).</source>
        <translation>
            <numerusform>%Ln mensagem nova importada.</numerusform>
            <numerusform>%Ln mensagens novas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already in the library.</source>
        <translation>
            <numerusform>%Ln já estava na biblioteca.</numerusform>
            <numerusform>%Ln já estavam na biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) added.</source>
        <translation>
            <numerusform>%Ln arquivo de mídia adicionado.</numerusform>
            <numerusform>%Ln arquivos de mídia adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not on this computer.</source>
        <translation>
            <numerusform>%Ln arquivo fora deste computador.</numerusform>
            <numerusform>%Ln arquivos fora deste computador.</numerusform>
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
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import cancelled; the library is unchanged.</source>
        <translation>Importação cancelada; a biblioteca continua igual.</translation>
    </message>
    <message>
        <source>Decrypting the backup…</source>
        <translation>Descriptografando o backup…</translation>
    </message>
    <message>
        <source>Importing messages…</source>
        <translation>Importando mensagens…</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup…</source>
        <translation>Desbloqueando o backup do iPhone…</translation>
    </message>
    <message>
        <source>Nothing was imported; the library is unchanged.</source>
        <translation>Nada foi importado; a biblioteca continua igual.</translation>
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
        <translation>A chave que o WhatsApp mostrou quando você ativou o backup criptografado de ponta a ponta (%1 grupos de %2).</translation>
    </message>
    <message>
        <source>%1-digit &amp;key:</source>
        <translation>&amp;Chave de %1 dígitos:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) differ from the library&apos;s copy (kept both).</source>
        <translation>
            <numerusform>%Ln mensagem difere da cópia da biblioteca (as duas foram mantidas).</numerusform>
            <numerusform>%Ln mensagens diferem da cópia da biblioteca (as duas foram mantidas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Restoring your chats</source>
        <translation>Restaurando suas conversas</translation>
    </message>
    <message>
        <source>You can keep using your computer. If you cancel, nothing is changed on this computer.</source>
        <translation>Você pode continuar usando o computador. Se cancelar, nada muda neste computador.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>A restauração não foi concluída</translation>
    </message>
    <message>
        <source>Nothing was changed on this computer.</source>
        <translation>Nada foi alterado neste computador.</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauração cancelada</translation>
    </message>
    <message>
        <source>Not enough free space on this computer</source>
        <translation>Não há espaço livre suficiente neste computador</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Not enough free space</source>
        <translation>Não há espaço livre suficiente</translation>
    </message>
    <message>
        <source>Nothing was downloaded or changed on this computer.</source>
        <translation>Nada foi baixado nem alterado neste computador.</translation>
    </message>
    <message>
        <source>This restore needs about %1 on the disk that holds the chat library (%3); %2 is free there.</source>
        <comment>%1, %2: sizes; %3: the library&apos;s folder</comment>
        <translation>Esta restauração precisa de cerca de %1 na unidade que contém a biblioteca de conversas (%3); há %2 livres lá.</translation>
    </message>
    <message>
        <source>Free some space on that disk and choose Try again, or go back and pick fewer chats. To restore into a chat library on another disk, start backupgui with --library and a folder there.</source>
        <translation>Libere espaço nessa unidade e escolha Tentar de novo, ou volte e escolha menos conversas. Para restaurar em uma biblioteca de conversas em outra unidade, inicie o backupgui com --library e uma pasta nessa unidade.</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Andamento da restauração</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Backup progress</source>
        <translation>Andamento do backup</translation>
    </message>
    <message>
        <source>Bytes done, speed and time left</source>
        <translation>Bytes concluídos, velocidade e tempo restante</translation>
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
            <numerusform>%1 de %Ln conversa</numerusform>
            <numerusform>%1 de %Ln conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <comment>figures, then the state</comment>
        <translation>%1 · pausado</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>cerca de %1 restantes</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabalhando…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Paused — nothing is being read or sent.</source>
        <translation>Pausado — nada está sendo lido nem enviado.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Stopping safely; the previous backup stays as it was.</source>
        <translation>Parando com segurança; o backup anterior continua como estava.</translation>
    </message>
    <message>
        <source>Stopping safely; what was already uploaded is kept for the next backup.</source>
        <translation>Parando com segurança; o que já foi enviado fica guardado para o próximo backup.</translation>
    </message>
    <message>
        <source>Google Drive is not working right now. Trying again (attempt %1 of %2)…</source>
        <translation>O Google Drive não está funcionando agora. Tentando de novo (tentativa %1 de %2)…</translation>
    </message>
    <message>
        <source>Google Drive cannot be reached: check the internet connection. Trying again (attempt %1 of %2)…</source>
        <translation>Não foi possível acessar o Google Drive: verifique a conexão com a internet. Tentando de novo (tentativa %1 de %2)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stopping safely; the chats on this computer stay as they were.</source>
        <translation>Parando com segurança; as conversas neste computador continuam como estavam.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Selecionar tudo</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Pa&amp;sso acima</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Passo &amp;abaixo</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalhes...</translation>
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
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim par&amp;a tudo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para tudo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar localização do &amp;link</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próximo</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Voltar</translation>
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
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore chats from a backup</source>
        <translation>Restaurar conversas de um backup</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Fi&amp;nd backups</source>
        <translation>Procurar &amp;backups</translation>
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
        <translation>&amp;Avançar &gt;</translation>
    </message>
</context>
<context>
    <name>RetentionRows</name>
    <message>
        <source>A year of history (recommended)</source>
        <translation>Um ano de histórico (recomendado)</translation>
    </message>
    <message>
        <source>None: only the newest backups</source>
        <translation>Nenhum: só os backups mais recentes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Older backups to keep</source>
        <translation>Backups mais antigos mantidos</translation>
    </message>
    <message>
        <source>&amp;Older backups:</source>
        <translation>&amp;Backups antigos:</translation>
    </message>
    <message>
        <source>One a &amp;day, for the last:</source>
        <translation>Um por &amp;dia, nos últimos:</translation>
    </message>
    <message>
        <source>One a &amp;week, for the last:</source>
        <translation>Um por &amp;semana, nas últimas:</translation>
    </message>
    <message>
        <source>One a &amp;month, for the last:</source>
        <translation>Um por &amp;mês, nos últimos:</translation>
    </message>
    <message>
        <source>One a &amp;year, for the last:</source>
        <translation>Um por an&amp;o, nos últimos:</translation>
    </message>
    <message>
        <source>What you can go back to</source>
        <translation>Para onde você pode voltar</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>suffix after the number of days</comment>
        <translation>
            <numerusform> dia</numerusform>
            <numerusform> dias</numerusform>
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
            <numerusform> mês</numerusform>
            <numerusform> meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <comment>suffix after the number of years</comment>
        <translation>
            <numerusform> ano</numerusform>
            <numerusform> anos</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups share what did not change, so a longer history takes little more space.</source>
        <translation>Os backups compartilham o que não mudou, então um histórico mais longo ocupa pouco espaço a mais.</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
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
            <numerusform>%Ln mês</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in &apos;any of the last %1&apos;</comment>
        <translation>
            <numerusform>%Ln ano</numerusform>
            <numerusform>%Ln anos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to any of the last %1, and to each of the newest %Ln backup(s).</source>
        <comment>%1: e.g. &apos;7 days, 4 weeks and 12 months&apos;</comment>
        <translation>
            <numerusform>Você pode voltar a qualquer um dos últimos %1 e ao backup mais recente.</numerusform>
            <numerusform>Você pode voltar a qualquer um dos últimos %1 e a cada um dos %Ln backups mais recentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can go back to the newest %Ln backup(s) only: a chat deleted by mistake is in none of them once %Ln more backup(s) are made.</source>
        <translation>
            <numerusform>Você só pode voltar ao backup mais recente: uma conversa apagada por engano não estará mais nele depois de mais um backup.</numerusform>
            <numerusform>Você só pode voltar aos %Ln backups mais recentes: uma conversa apagada por engano não estará em nenhum deles depois de mais %Ln backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetiredKeyDialog</name>
    <message>
        <source>Delete the old key…</source>
        <translation>Apagar a chave antiga…</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>Apagar a chave antiga</translation>
    </message>
    <message>
        <source>Delete the old key at the key vault</source>
        <translation>Apagar a chave antiga no cofre de chaves</translation>
    </message>
    <message>
        <source>The key vault at %1 still keeps the key of a backup that was replaced (by a new key or a change of protection). Whoever kept a copy of that old backup could open it there with the old password. Enter the old password to delete that key; it is not saved.</source>
        <translation>O cofre de chaves em %1 ainda guarda a chave de um backup que foi substituído (por uma nova chave ou uma mudança de proteção). Quem guardou uma cópia desse backup antigo poderia abri-lo lá com a senha antiga. Digite a senha antiga para apagar essa chave; ela não é salva.</translation>
    </message>
    <message>
        <source>&amp;Old password</source>
        <translation>&amp;Senha antiga</translation>
    </message>
    <message>
        <source>Old password</source>
        <translation>Senha antiga</translation>
    </message>
    <message>
        <source>Key vault &amp;recovery code</source>
        <translation>&amp;Código de recuperação do cofre de chaves</translation>
    </message>
    <message>
        <source>Key vault recovery code</source>
        <translation>Código de recuperação do cofre de chaves</translation>
    </message>
    <message>
        <source>&amp;Delete the old key</source>
        <translation>&amp;Apagar a chave antiga</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault…</source>
        <translation>Apagando a chave antiga no cofre de chaves…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The key vault no longer kept the old key: there is nothing left to delete.</source>
        <translation>O cofre de chaves não guardava mais a chave antiga: não há nada para apagar.</translation>
    </message>
    <message>
        <source>The old key was deleted at the key vault. A kept copy of the old backup can no longer be opened there.</source>
        <translation>A chave antiga foi apagada no cofre de chaves. Uma cópia guardada do backup antigo não pode mais ser aberta lá.</translation>
    </message>
    <message>
        <source>This computer cannot use the key vault on its own. Enter the recovery code you saved when you set up the key vault, with the old password.</source>
        <translation>Este computador não pode usar o cofre de chaves sozinho. Digite o código de recuperação que você salvou ao configurar o cofre de chaves, junto com a senha antiga.</translation>
    </message>
    <message>
        <source>The old key stays listed here: try again later.</source>
        <translation>A chave antiga continua listada aqui: tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Could not delete the old key</source>
        <translation>Não foi possível apagar a chave antiga</translation>
    </message>
    <message>
        <source>Stopped. The old key is still at the key vault; you can try again.</source>
        <translation>Parado. A chave antiga ainda está no cofre de chaves; você pode tentar de novo.</translation>
    </message>
</context>
<context>
    <name>RuleLabel</name>
    <message>
        <source>%1: met</source>
        <comment>a password rule</comment>
        <translation>%1: atendido</translation>
    </message>
    <message>
        <source>%1: not met</source>
        <comment>a password rule</comment>
        <translation>%1: não atendido</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Backup schedule</source>
        <translation>Agendamento do backup</translation>
    </message>
    <message>
        <source>The schedule could not be saved: %1</source>
        <translation>Não foi possível salvar o agendamento: %1</translation>
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
        <translation>Mensalmente</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Fazer backup automaticamente</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>Fazer backup &amp;automaticamente:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>At &amp;time:</source>
        <translation>No &amp;horário:</translation>
    </message>
    <message>
        <source>On &amp;weekday:</source>
        <translation>No &amp;dia da semana:</translation>
    </message>
    <message>
        <source>In shorter months the backup runs on the last day.</source>
        <translation>Nos meses mais curtos, o backup é feito no último dia.</translation>
    </message>
    <message>
        <source>On &amp;day of the month:</source>
        <translation>No d&amp;ia do mês:</translation>
    </message>
    <message>
        <source>Also back up on &amp;metered connections (mobile data, hotspots)</source>
        <translation>Fazer backup também em conexões &amp;limitadas (dados móveis, hotspots)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Qualquer nível</translation>
    </message>
    <message>
        <source>On battery, wait until the charger is plugged in when the battery is below this level.</source>
        <translation>Na bateria, esperar o carregador ser conectado quando a bateria estiver abaixo deste nível.</translation>
    </message>
    <message>
        <source>On battery, only &amp;above:</source>
        <translation>Na bateria, somente &amp;acima de:</translation>
    </message>
    <message>
        <source>&amp;Notify me when a backup succeeds (failures are always shown)</source>
        <translation>&amp;Notificar quando um backup for concluído (as falhas são sempre mostradas)</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in (in the tray)</source>
        <translation>&amp;Iniciar o backupgui quando eu entrar no sistema (na bandeja)</translation>
    </message>
    <message>
        <source>Automatic backups run while backupgui is in the system tray. Missed backups run soon after the computer wakes.</source>
        <translation>Os backups automáticos são feitos enquanto o backupgui está na bandeja do sistema. Backups perdidos são feitos logo depois que o computador volta da suspensão.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so automatic backups run only while the backupgui window is open. A missed backup runs soon after you open it.</source>
        <translation>Esta área de trabalho não mostra uma bandeja do sistema, então os backups automáticos só são feitos enquanto a janela do backupgui está aberta. Um backup perdido é feito logo depois que você a abre.</translation>
    </message>
    <message>
        <source>&amp;Start backupgui when I log in</source>
        <translation>&amp;Iniciar o backupgui quando eu entrar no sistema</translation>
    </message>
    <message>
        <source>Off (only when I click &quot;Back up&quot;)</source>
        <translation>Desativado (somente quando eu clicar em &quot;Fazer backup&quot;)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>today at %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ontem às %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date at a time</comment>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>the connection is metered (backups on metered connections are off)</source>
        <translation>a conexão é limitada (os backups em conexões limitadas estão desativados)</translation>
    </message>
    <message>
        <source>the battery is at %1%, below %2%</source>
        <translation>a bateria está em %1%, abaixo de %2%</translation>
    </message>
    <message>
        <source>there is no internet connection</source>
        <translation>não há conexão com a internet</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>outro backup está em andamento</translation>
    </message>
    <message>
        <source>A backup is already running</source>
        <translation>Um backup já está em andamento</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it first.</source>
        <translation>Aguarde a conclusão ou cancele-o primeiro.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Automatic backups are off</source>
        <translation>Os backups automáticos estão desativados</translation>
    </message>
    <message>
        <source>Next backup: waiting, because %1</source>
        <translation>Próximo backup: aguardando, porque %1</translation>
    </message>
    <message>
        <source>Next backup: %1</source>
        <translation>Próximo backup: %1</translation>
    </message>
    <message>
        <source>Backup skipped</source>
        <translation>Backup ignorado</translation>
    </message>
    <message>
        <source>The automatic backup did not run because %1. It will run at the next scheduled time, or you can choose Back up now.</source>
        <translation>O backup automático não foi feito porque %1. Ele será feito no próximo horário agendado, ou você pode escolher &quot;Fazer backup agora&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), %1, in %2.</source>
        <translation>
            <numerusform>%Ln conversa, %1, em %2.</numerusform>
            <numerusform>%Ln conversas, %1, em %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your chats are backed up.</source>
        <translation>Suas conversas estão com backup.</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Backup concluído</translation>
    </message>
    <message>
        <source>An unexpected error stopped the backup (%1). Details are in the log.</source>
        <translation>Um erro inesperado interrompeu o backup (%1). Os detalhes estão no registro.</translation>
    </message>
    <message>
        <source>Backup needs your password</source>
        <translation>O backup precisa da sua senha</translation>
    </message>
    <message>
        <source>backupgui will try again %1.</source>
        <translation>O backupgui vai tentar de novo %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>O backup falhou</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Abra o backupgui e clique em &quot;Fazer backup&quot; para digitar sua senha ou sua chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The old key is still at the key vault</source>
        <translation>A chave antiga ainda está no cofre de chaves</translation>
    </message>
    <message>
        <source>Click here to delete it with the old password.</source>
        <translation>Clique aqui para apagá-la com a senha antiga.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %Ln more warning(s))</source>
        <translation>
            <numerusform>%1 (e mais %Ln aviso)</numerusform>
            <numerusform>%1 (e mais %Ln avisos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup finished with warnings</source>
        <translation>Backup concluído com avisos</translation>
    </message>
    <message>
        <source>another computer (%1) is using the backup set</source>
        <translation>outro computador (%1) está usando o conjunto de backups</translation>
    </message>
    <message>
        <source>the backup set holds more lock objects than computers backing up make</source>
        <translation>o conjunto de backups contém mais objetos de bloqueio do que os computadores que fazem backup criam</translation>
    </message>
    <message>
        <source>Another computer is using the backup set</source>
        <translation>Outro computador está usando o conjunto de backups</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Onde ficam os backups</translation>
    </message>
    <message>
        <source>A &amp;folder</source>
        <translation>Uma p&amp;asta</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>For example, a USB drive or a synced folder</source>
        <translation>Por exemplo, um pen drive ou uma pasta sincronizada</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta do backup</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Backups go to a hidden app folder in your Drive that only backupgui can see.</source>
        <translation>Os backups vão para uma pasta oculta do app no seu Drive, que só o backupgui consegue ver.</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (em breve)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <source>Include &amp;videos</source>
        <translation>Incluir &amp;vídeos</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups a manter</translation>
    </message>
    <message>
        <source>&amp;This computer&apos;s name:</source>
        <translation>&amp;Nome deste computador:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Manter os últimos:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Key vault address</source>
        <translation>Endereço do cofre de chaves</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nível de registro</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>Nível de &amp;registro:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>backupgui shows the new language after you restart it.</source>
        <translation>O backupgui mostra o novo idioma depois que você reiniciá-lo.</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>suffix after the number to keep</comment>
        <translation>
            <numerusform> backup</numerusform>
            <numerusform> backups</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Escolha a pasta do backup</translation>
    </message>
    <message>
        <source>Choose the folder for your backups.</source>
        <translation>Escolha a pasta para seus backups.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive first, or choose a folder.</source>
        <translation>Entre no Google Drive primeiro ou escolha uma pasta.</translation>
    </message>
    <message>
        <source>Cannot check the folder</source>
        <translation>Não foi possível verificar a pasta</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the backups.</source>
        <translation>%1 é um arquivo, não uma pasta. Escolha uma pasta para os backups.</translation>
    </message>
    <message>
        <source>The backup drive is not connected: connect the drive that holds %1, or choose another folder.</source>
        <translation>A unidade de backup não está conectada: conecte a unidade que contém %1 ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>Enter the folder&apos;s full path (for example, /home/you/Backups), or click Browse.</source>
        <translation>Digite o caminho completo da pasta (por exemplo, /home/voce/Backups) ou clique em Procurar.</translation>
    </message>
    <message>
        <source>%1 does not exist, and neither does the folder it would be in. Choose an existing folder, or connect the drive that holds it.</source>
        <translation>%1 não existe, nem a pasta em que ela ficaria. Escolha uma pasta que exista ou conecte a unidade que a contém.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Criar a pasta?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet.</source>
        <translation>A pasta %1 ainda não existe.</translation>
    </message>
    <message>
        <source>Create it in %1?</source>
        <translation>Criar em %1?</translation>
    </message>
    <message>
        <source>&amp;Create folder</source>
        <translation>&amp;Criar pasta</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Não foi possível criar a pasta</translation>
    </message>
    <message>
        <source>Key v&amp;ault:</source>
        <translation>C&amp;ofre de chaves:</translation>
    </message>
    <message>
        <source>backupgui cannot write to %1 (the drive is read-only or the folder is not yours). Choose another folder.</source>
        <translation>O backupgui não consegue gravar em %1 (a unidade é somente leitura ou a pasta não é sua). Escolha outra pasta.</translation>
    </message>
    <message>
        <source>This copy of backupgui cannot sign in to Google Drive by itself: use your own Google Cloud client or the Drive emulator (above), or choose a folder.</source>
        <translation>Esta cópia do backupgui não consegue entrar no Google Drive sozinha: use seu próprio cliente do Google Cloud ou o emulador do Drive (acima), ou escolha uma pasta.</translation>
    </message>
    <message>
        <source>Settings and logs are saved here. Passwords and keys never are.</source>
        <translation>As configurações e os registros são salvos aqui; senhas e chaves, nunca.</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Arquivo de configurações:</translation>
    </message>
    <message>
        <source>Logs folder:</source>
        <translation>Pasta de registros:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Google Drive</source>
        <translation>Entrar no Google Drive</translation>
    </message>
    <message>
        <source>Finish signing in in your browser</source>
        <translation>Termine de entrar no seu navegador</translation>
    </message>
    <message>
        <source>Your browser shows Google&apos;s sign-in page. Sign in there and choose Allow, then come back here.</source>
        <translation>Seu navegador mostra a página de login do Google. Entre nela e escolha Permitir, depois volte para cá.</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Se nenhuma janela do navegador abriu, copie este link no seu navegador:</translation>
    </message>
    <message>
        <source>Preparing the sign-in link…</source>
        <translation>Preparando o link de login…</translation>
    </message>
    <message>
        <source>Sign-in link</source>
        <translation>Link de login</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar link</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir o navegador de novo</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do login</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the link into your browser.</source>
        <translation>Não foi possível abrir um navegador: copie o link no seu navegador.</translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in… (%1 left)</source>
        <comment>minutes:seconds</comment>
        <translation>Aguardando você terminar de entrar… (faltam %1)</translation>
    </message>
    <message>
        <source>Google sign-in failed</source>
        <translation>Não foi possível entrar no Google</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>O login não foi concluído</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Link copiado. Cole na barra de endereço do navegador.</translation>
    </message>
    <message>
        <source>Your browser shows the Drive emulator&apos;s sign-in page. Choose Allow there, then come back here.</source>
        <translation>Seu navegador mostra a página de login do emulador do Drive. Escolha Permitir nela, depois volte para cá.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Força da senha</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Your chats are back</source>
        <translation>Suas conversas estão de volta</translation>
    </message>
    <message>
        <source>Open a chat to see that everything is there.</source>
        <translation>Abra uma conversa para ver se está tudo lá.</translation>
    </message>
    <message>
        <source>&amp;Keep backing up to this destination from this computer</source>
        <translation>Continuar fazendo &amp;backup neste destino a partir deste computador</translation>
    </message>
    <message>
        <source>Remembers the destination and keeps the backup key in this computer&apos;s keyring</source>
        <translation>Memoriza o destino e guarda a chave do backup no chaveiro deste computador</translation>
    </message>
    <message>
        <source>&amp;Open a restored chat</source>
        <translation>&amp;Abrir uma conversa restaurada</translation>
    </message>
    <message numerus="yes">
        <source>Restored &lt;b&gt;%Ln chat(s)&lt;/b&gt; in %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln conversa&lt;/b&gt; restaurada em %1.</numerusform>
            <numerusform>&lt;b&gt;%Ln conversas&lt;/b&gt; restauradas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages: %1 added, %2 already here.</source>
        <translation>Mensagens: %1 adicionadas, %2 já estavam aqui.</translation>
    </message>
    <message>
        <source>Media files: %1 restored, %2 already here.</source>
        <translation>Arquivos de mídia: %1 restaurados, %2 já estavam aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) were not in the backup (for example videos that were left out).</source>
        <translation>
            <numerusform>%Ln arquivo de mídia não estava no backup (por exemplo, um vídeo que ficou de fora).</numerusform>
            <numerusform>%Ln arquivos de mídia não estavam no backup (por exemplo, vídeos que ficaram de fora).</numerusform>
        </translation>
    </message>
    <message>
        <source>You are still signed in to Google Drive as %1 on this computer. If this computer is not yours, forget the account before you leave.</source>
        <translation>Você ainda está conectado ao Google Drive como %1 neste computador. Se este computador não for seu, esqueça a conta antes de sair.</translation>
    </message>
    <message>
        <source>Google Drive: %1 was forgotten on this computer.</source>
        <translation>Google Drive: %1 foi esquecida neste computador.</translation>
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
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Cancelar backup</translation>
    </message>
    <message>
        <source>Next backup: …</source>
        <translation>Próximo backup: …</translation>
    </message>
    <message>
        <source>Backup &amp;schedule…</source>
        <translation>&amp;Agendamento do backup…</translation>
    </message>
    <message>
        <source>Backup &amp;history…</source>
        <translation>&amp;Histórico de backups…</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar janela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
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
        <translation>Onde estão seus backups?</translation>
    </message>
    <message>
        <source>Choose the folder or Google Drive account you backed up to.</source>
        <translation>Escolha a pasta ou a conta do Google Drive em que você fez o backup.</translation>
    </message>
    <message>
        <source>A &amp;folder (USB drive, network share, …)</source>
        <translation>Uma &amp;pasta (pen drive, compartilhamento de rede, …)</translation>
    </message>
    <message>
        <source>&amp;Google Drive</source>
        <translation>&amp;Google Drive</translation>
    </message>
    <message>
        <source>Folder that contains your backups</source>
        <translation>Pasta que contém seus backups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta do backup</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Procu&amp;rar…</translation>
    </message>
    <message>
        <source>Google Drive (coming soon)</source>
        <translation>Google Drive (em breve)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Escolha a pasta do backup</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Procurando backups…</translation>
    </message>
</context>
<context>
    <name>_AsyncPage</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Nenhuma conversa foi selecionada para o backup.</translation>
    </message>
    <message>
        <source>Tick the chats you want to back up, or use Select all.</source>
        <translation>Marque as conversas que você quer incluir no backup, ou use Selecionar todas.</translation>
    </message>
    <message>
        <source>Change it in Settings.</source>
        <translation>Altere isso nas Configurações.</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record can be made safer.</source>
        <translation>O registro do cofre de chaves deste backup pode ficar mais seguro.</translation>
    </message>
    <message>
        <source>This destination holds a different backup than the one this computer backs up to.</source>
        <translation>Este destino tem um backup diferente daquele para o qual este computador faz backup.</translation>
    </message>
    <message>
        <source>The backup key is not stored on this computer.</source>
        <translation>A chave do backup não está guardada neste computador.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least %1.</source>
        <translation>O número de backups a manter precisa ser pelo menos %1.</translation>
    </message>
    <message>
        <source>This is the first backup to this destination. Choose the password or %1-digit key that will protect it here.</source>
        <translation>Este é o primeiro backup neste destino. Escolha a senha ou a chave de %1 dígitos que vai protegê-lo aqui.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 belongs to another user; remove it and try again.</source>
        <translation>%1 pertence a outro usuário; remova-o e tente de novo.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read.</source>
        <translation>%1 mudou enquanto estava sendo lido.</translation>
    </message>
    <message>
        <source>%1 contains views or triggers that try to run something; it is refused.</source>
        <translation>%1 contém views ou triggers que tentam executar algo; ele foi recusado.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 has no contact names (wa_contacts).</source>
        <translation>%1 não tem nomes de contatos (wa_contacts).</translation>
    </message>
    <message>
        <source>%1 holds a database bigger than %2 GiB; it is refused.</source>
        <translation>%1 contém um banco de dados maior que %2 GiB; ele foi recusado.</translation>
    </message>
    <message>
        <source>%1 holds a value over %2 MiB; it is refused.</source>
        <translation>%1 contém um valor acima de %2 MiB; ele foi recusado.</translation>
    </message>
    <message>
        <source>%1 holds no chat text file (.txt); it is not a WhatsApp export.</source>
        <translation>%1 não tem um arquivo de texto de conversa (.txt); não é uma exportação do WhatsApp.</translation>
    </message>
    <message>
        <source>%1 holds no result.json; it is not a Telegram Desktop export (choose the JSON format when exporting).</source>
        <translation>%1 não tem um result.json; não é uma exportação do Telegram Desktop (escolha o formato JSON ao exportar).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>%1 is a folder but not an iPhone backup (it has no Manifest.db).</source>
        <translation>%1 é uma pasta, mas não é um backup do iPhone (não tem Manifest.db).</translation>
    </message>
    <message>
        <source>%1 is an incomplete zip file: its end is missing.</source>
        <translation>%1 é um arquivo zip incompleto: falta o final.</translation>
    </message>
    <message>
        <source>%1 is cut short (it ends inside its header).</source>
        <translation>%1 está cortado (termina no meio do cabeçalho).</translation>
    </message>
    <message>
        <source>%1 is damaged: the key is right but the file fails its authentication check.</source>
        <translation>%1 está danificado: a chave está certa, mas o arquivo falha na verificação de autenticação.</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no messages.</source>
        <translation>%1 está vazio; não tem nenhuma mensagem.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp backup file (.crypt15, .crypt14, .crypt12) nor an iPhone backup folder.</source>
        <translation>%1 não é um arquivo de backup do WhatsApp (.crypt15, .crypt14, .crypt12) nem uma pasta de backup do iPhone.</translation>
    </message>
    <message>
        <source>%1 is neither a WhatsApp export (no .txt chat file) nor a Telegram export (no result.json).</source>
        <translation>%1 não é uma exportação do WhatsApp (sem arquivo .txt de conversa) nem do Telegram (sem result.json).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db or ContactsV2.sqlite).</source>
        <translation>%1 não é o banco de dados de contatos do WhatsApp (wa.db ou ContactsV2.sqlite).</translation>
    </message>
    <message>
        <source>%1 is not WhatsApp&apos;s contact database (wa.db).</source>
        <translation>%1 não é o banco de dados de contatos do WhatsApp (wa.db).</translation>
    </message>
    <message>
        <source>%1 is not a Telegram export: %2 (line %3).</source>
        <extracomment>%1: the file&apos;s name, %2: what is wrong at that place, %3: a line number</extracomment>
        <translation>%1 não é uma exportação do Telegram: %2 (linha %3).</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 does not start with a date and time (%3).</source>
        <translation>%1 não é uma conversa exportada do WhatsApp: a linha %2 não começa com data e hora (%3).</translation>
    </message>
    <message>
        <source>%1 is not a folder; remove it and try again.</source>
        <translation>%1 não é uma pasta; remova-o e tente de novo.</translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://).</source>
        <translation>%1 não é um endereço da web (http:// ou https://).</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 não é um banco de dados SQLite.</translation>
    </message>
    <message>
        <source>%1 is not an iPhone backup folder.</source>
        <translation>%1 não é uma pasta de backup do iPhone.</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the chat again without a password.</source>
        <translation>%1 está protegido por senha; exporte a conversa de novo sem senha.</translation>
    </message>
    <message>
        <source>%1 is too big to be a WhatsApp key file.</source>
        <translation>%1 é grande demais para ser um arquivo de chave do WhatsApp.</translation>
    </message>
    <message>
        <source>%1 opens with this key but holds no message database (WhatsApp also backs up media and settings this way).</source>
        <translation>%1 abre com esta chave, mas não contém um banco de dados de mensagens (o WhatsApp também faz backup de mídias e configurações assim).</translation>
    </message>
    <message>
        <source>%1 opens with this key but its content is damaged or cut short.</source>
        <translation>%1 abre com esta chave, mas o conteúdo está danificado ou cortado.</translation>
    </message>
    <message>
        <source>A file is larger than this disk or account allows. Nothing was changed.</source>
        <translation>Um arquivo é maior do que este disco ou esta conta permite. Nada foi alterado.</translation>
    </message>
    <message>
        <source>A key file is expected here, not the key itself; put the key in a file, or use BACKUPGUI_WHATSAPP_KEY.</source>
        <translation>Aqui é esperado um arquivo de chave, não a chave em si; coloque a chave em um arquivo ou use BACKUPGUI_WHATSAPP_KEY.</translation>
    </message>
    <message>
        <source>A key vault address is needed to protect a backup with the vault.</source>
        <translation>É preciso o endereço de um cofre de chaves para proteger um backup com o cofre.</translation>
    </message>
    <message>
        <source>Cannot create a private work folder in %1: %2.</source>
        <translation>Não é possível criar uma pasta de trabalho privada em %1: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the folder %1: %2.</source>
        <translation>Não é possível preparar a pasta %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1: a file&apos;s name, %2: why, a lower-case clause (such as: the disk is full)</extracomment>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Não é possível ler o arquivo de chave %1: %2.</translation>
    </message>
    <message>
        <source>Check the password or key and try again.</source>
        <translation>Verifique a senha ou a chave e tente de novo.</translation>
    </message>
    <message>
        <source>Choose a folder or Google Drive as the destination.</source>
        <translation>Escolha uma pasta ou o Google Drive como destino.</translation>
    </message>
    <message>
        <source>Choose a log level.</source>
        <translation>Escolha um nível de registro.</translation>
    </message>
    <message>
        <source>Choose msgstore.db.crypt15 (or .crypt14 / .crypt12) from the phone&apos;s WhatsApp/Databases folder, or an iPhone backup folder made by Finder or iTunes.</source>
        <translation>Escolha o msgstore.db.crypt15 (ou .crypt14 / .crypt12) da pasta WhatsApp/Databases do celular, ou uma pasta de backup do iPhone criada pelo Finder ou pelo iTunes.</translation>
    </message>
    <message>
        <source>Choose the .txt or .zip from WhatsApp&apos;s &quot;Export chat&quot;, or Telegram Desktop&apos;s result.json.</source>
        <translation>Escolha o .txt ou o .zip gerado por &quot;Exportar conversa&quot; do WhatsApp, ou o result.json do Telegram Desktop.</translation>
    </message>
    <message>
        <source>Close the other backupgui window or command and try again.</source>
        <translation>Feche a outra janela ou o outro comando do backupgui e tente de novo.</translation>
    </message>
    <message>
        <source>Copy the file from the phone again; nothing was imported.</source>
        <translation>Copie o arquivo do celular de novo; nada foi importado.</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; (not &quot;Web application&quot;).</source>
        <translation>Crie um cliente OAuth do tipo &quot;App para computador&quot; (não &quot;Aplicativo da Web&quot;).</translation>
    </message>
    <message>
        <source>Creating the new key</source>
        <translation>Criando a nova chave</translation>
    </message>
    <message>
        <source>Encrypting and uploading</source>
        <translation>Criptografando e enviando</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing was changed.</source>
        <translation>Libere espaço em disco e tente de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Give this computer a name.</source>
        <translation>Dê um nome a este computador.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached.</source>
        <translation>Não foi possível acessar o Google Drive.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the saved sign-in (it expired or was revoked).</source>
        <translation>O Google Drive não aceitou o login salvo (ele expirou ou foi revogado).</translation>
    </message>
    <message>
        <source>Google did not accept the saved sign-in (expired or revoked).</source>
        <translation>O Google não aceitou o login salvo (expirado ou revogado).</translation>
    </message>
    <message>
        <source>Google did not give backupgui lasting access to Google Drive.</source>
        <translation>O Google não deu ao backupgui acesso permanente ao Google Drive.</translation>
    </message>
    <message>
        <source>Install or unlock a password store (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager), or sign in for this session only.</source>
        <translation>Instale ou desbloqueie um armazenamento de senhas (GNOME Keyring, KWallet, Chaves do macOS, Gerenciador de Credenciais do Windows) ou entre só para esta sessão.</translation>
    </message>
    <message>
        <source>Invalid object name %1.</source>
        <translation>Nome de objeto inválido: %1.</translation>
    </message>
    <message>
        <source>It is the password chosen in Finder or iTunes for &quot;Encrypt local backup&quot;, not the phone&apos;s passcode or Apple ID password.</source>
        <translation>É a senha escolhida no Finder ou no iTunes para &quot;Criptografar backup local&quot;, não o código do celular nem a senha do Apple ID.</translation>
    </message>
    <message>
        <source>Manifest.plist is too big to be an iPhone backup&apos;s.</source>
        <translation>O Manifest.plist é grande demais para ser de um backup do iPhone.</translation>
    </message>
    <message>
        <source>No web browser could be opened for the Google sign-in.</source>
        <translation>Nenhum navegador pôde ser aberto para o login no Google.</translation>
    </message>
    <message>
        <source>Not signed in to Google Drive.</source>
        <translation>Não conectado ao Google Drive.</translation>
    </message>
    <message>
        <source>Packing messages</source>
        <translation>Empacotando mensagens</translation>
    </message>
    <message>
        <source>Reading the backup index</source>
        <translation>Lendo o índice do backup</translation>
    </message>
    <message>
        <source>Reading the export stopped unexpectedly (the parser exited with code %1).</source>
        <translation>A leitura da exportação parou inesperadamente (o leitor terminou com o código %1).</translation>
    </message>
    <message>
        <source>Remove backupgui&apos;s access in your Google Account settings and sign in again.</source>
        <translation>Remova o acesso do backupgui nas configurações da sua Conta do Google e entre de novo.</translation>
    </message>
    <message>
        <source>Removing old backups</source>
        <translation>Removendo backups antigos</translation>
    </message>
    <message>
        <source>Restoring media</source>
        <translation>Restaurando mídias</translation>
    </message>
    <message>
        <source>Restoring messages</source>
        <translation>Restaurando mensagens</translation>
    </message>
    <message>
        <source>Saving the key on this computer</source>
        <translation>Salvando a chave neste computador</translation>
    </message>
    <message>
        <source>Sign in from the app first, or set BACKUPGUI_DRIVE_TOKEN.</source>
        <translation>Entre pelo app primeiro ou defina BACKUPGUI_DRIVE_TOKEN.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again.</source>
        <translation>Entre no Google Drive de novo.</translation>
    </message>
    <message>
        <source>Some %1 rows being added refer to rows that do not exist.</source>
        <extracomment>%1: the name of a table of the library&apos;s database (messages, media or participants), as written</extracomment>
        <translation>Algumas linhas de %1 que estão sendo adicionadas se referem a linhas que não existem.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 does not exist.</source>
        <translation>O arquivo do cliente OAuth do Google %1 não existe.</translation>
    </message>
    <message>
        <source>The WhatsApp key holds only the digits 0-9 and the letters a-f; the text given has other characters.</source>
        <translation>A chave do WhatsApp tem só os dígitos 0-9 e as letras a-f; o texto informado tem outros caracteres.</translation>
    </message>
    <message>
        <source>Check the backup destination, then try again.</source>
        <translation>Verifique o destino do backup e tente de novo.</translation>
    </message>
    <message>
        <source>Check the drive (it may have been disconnected or be failing), then try again.</source>
        <translation>Verifique a unidade (ela pode ter sido desconectada ou estar com defeito) e tente de novo.</translation>
    </message>
    <message>
        <source>Check the path, or connect the drive that holds it.</source>
        <translation>Verifique o caminho ou conecte a unidade que o contém.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Escolha uma pasta para os backups.</translation>
    </message>
    <message>
        <source>Choose a folder you own, or change the folder&apos;s permissions.</source>
        <translation>Escolha uma pasta que seja sua ou altere as permissões da pasta.</translation>
    </message>
    <message>
        <source>Connect the drive that holds %1, or choose another folder, then try again.</source>
        <translation>Conecte a unidade que contém %1 ou escolha outra pasta e tente de novo.</translation>
    </message>
    <message>
        <source>Download the Desktop app client JSON from Google Cloud console (see docs/DRIVE.md) and choose it again.</source>
        <translation>Baixe o JSON do cliente do tipo App para computador no console do Google Cloud (veja docs/DRIVE.md) e escolha-o de novo.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s password instead.</source>
        <translation>Digite a senha do backup.</translation>
    </message>
    <message>
        <source>Free up space at the backup destination or choose another one, then try again.</source>
        <translation>Libere espaço no destino do backup ou escolha outro e tente de novo.</translation>
    </message>
    <message>
        <source>Google Drive did not accept the access token in %1 (it is wrong or has expired).</source>
        <translation>O Google Drive não aceitou o token de acesso em %1 (ele está errado ou expirou).</translation>
    </message>
    <message>
        <source>It may not have finished downloading or copying. Export or copy the chat again, then import the new file.</source>
        <translation>Talvez o download ou a cópia não tenha terminado. Exporte ou copie a conversa de novo e importe o novo arquivo.</translation>
    </message>
    <message>
        <source>Its addresses must use https (or http on this computer).</source>
        <translation>Os endereços dele precisam usar https (ou http neste computador).</translation>
    </message>
    <message>
        <source>No backup folder at %1.</source>
        <translation>Não há pasta de backup em %1.</translation>
    </message>
    <message>
        <source>Removing the old backup set</source>
        <translation>Removendo o conjunto de backups antigo</translation>
    </message>
    <message>
        <source>Set %1 to a valid access token, or unset it to use the sign-in saved by the app.</source>
        <translation>Defina %1 com um token de acesso válido ou remova a variável para usar o login salvo pelo app.</translation>
    </message>
    <message>
        <source>Sign in again and choose Allow to back up to Google Drive.</source>
        <translation>Entre de novo e escolha Permitir para fazer backup no Google Drive.</translation>
    </message>
    <message>
        <source>Sign in from the app, which shows the link to copy.</source>
        <translation>Entre pelo app, que mostra o link para copiar.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 has an unsafe %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a web address field of that file (auth_uri, token_uri), as written</extracomment>
        <translation>O cliente OAuth do Google em %1 tem um %2 inseguro.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 is not for a Desktop app.</source>
        <translation>O cliente OAuth do Google em %1 não é do tipo App para computador.</translation>
    </message>
    <message>
        <source>The Google OAuth client in %1 lacks %2.</source>
        <extracomment>%1: the client file&apos;s name, %2: the name of a field of that file (client_id, auth_uri, token_uri), as written</extracomment>
        <translation>Falta %2 no cliente OAuth do Google em %1.</translation>
    </message>
    <message>
        <source>The Google sign-in did not finish within %1.</source>
        <extracomment>%1: a time limit, such as 5 minutes</extracomment>
        <translation>O login do Google não foi concluído em %1.</translation>
    </message>
    <message>
        <source>The Google sign-in was cancelled.</source>
        <translation>O login do Google foi cancelado.</translation>
    </message>
    <message>
        <source>The backup drive is not connected.</source>
        <translation>A unidade de backup não está conectada.</translation>
    </message>
    <message>
        <source>The backup has no chat with id %1.</source>
        <translation>O backup não tem nenhuma conversa com o id %1.</translation>
    </message>
    <message>
        <source>The backup holds the messages of one chat for %1 twice.</source>
        <extracomment>%1: a month (year-month, such as 2024-05)</extracomment>
        <translation>O backup contém duas vezes as mensagens de uma conversa referentes a %1.</translation>
    </message>
    <message>
        <source>The backup manifest %1 does not belong here.</source>
        <translation>O manifesto do backup %1 não pertence a este lugar.</translation>
    </message>
    <message>
        <source>The backup may have been modified or partly deleted. Keep it and make a new backup.</source>
        <translation>O backup pode ter sido alterado ou parcialmente apagado. Guarde-o e faça um backup novo.</translation>
    </message>
    <message>
        <source>The backup object %1 does not exist.</source>
        <translation>O objeto do backup %1 não existe.</translation>
    </message>
    <message>
        <source>The backup object %1 is missing.</source>
        <translation>O objeto do backup %1 está faltando.</translation>
    </message>
    <message>
        <source>The backup&apos;s Manifest.plist is damaged.</source>
        <translation>O Manifest.plist do backup está danificado.</translation>
    </message>
    <message>
        <source>The backup&apos;s key vault record is damaged.</source>
        <translation>O registro do cofre de chaves do backup está danificado.</translation>
    </message>
    <message>
        <source>The backup&apos;s password slot is damaged.</source>
        <translation>O espaço da senha do backup está danificado.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1.</source>
        <translation>O backup está danificado: %1.</translation>
    </message>
    <message>
        <source>%1 writes its dates without the year, and nothing in it tells which year they are in.</source>
        <translation>%1 escreve as datas sem o ano, e nada nele indica de que ano elas são.</translation>
    </message>
    <message>
        <source>%1: none of its messages could be read (line %2: %3).</source>
        <extracomment>%1: the chat export&apos;s name, %2: a line number, %3: what is wrong with that line, a lower-case phrase</extracomment>
        <translation>%1: nenhuma das mensagens pôde ser lida (linha %2: %3).</translation>
    </message>
    <message>
        <source>Chats merged with chats imported from exports: %1.</source>
        <extracomment>%1: how many chats</extracomment>
        <translation>Conversas mescladas com conversas importadas de exportações: %1.</translation>
    </message>
    <message>
        <source>Dates written without a year were read as %1 or later, the year after the last year the export shows; check them.</source>
        <extracomment>%1: a year</extracomment>
        <translation>As datas escritas sem ano foram lidas como de %1 ou depois, o ano seguinte ao último que aparece na exportação; confira-as.</translation>
    </message>
    <message>
        <source>Import the .zip as WhatsApp made it (its date tells the year), not the .txt taken out of it.</source>
        <translation>Importe o .zip como o WhatsApp o criou (a data dele indica o ano), não o .txt tirado dele.</translation>
    </message>
    <message>
        <source>The backup manifest %1 names a media file by another file&apos;s blob.</source>
        <translation>O manifesto do backup %1 aponta um arquivo de mídia para o blob de outro arquivo.</translation>
    </message>
    <message>
        <source>The chat %1 has no messages kept for %2.</source>
        <extracomment>%1: a chat&apos;s id, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>A conversa %1 não tem mensagens guardadas para %2.</translation>
    </message>
    <message>
        <source>The chat library is in use by another program.</source>
        <translation>A biblioteca de conversas está sendo usada por outro programa.</translation>
    </message>
    <message>
        <source>The chat was merged with the same chat imported from a phone backup.</source>
        <translation>A conversa foi mesclada com a mesma conversa importada de um backup do celular.</translation>
    </message>
    <message>
        <source>The computer is on battery at %1%, below %2%.</source>
        <extracomment>%1: the battery&apos;s charge now, %2: the lowest charge set for automatic backups (both in percent)</extracomment>
        <translation>O computador está na bateria com %1%, abaixo de %2%.</translation>
    </message>
    <message>
        <source>The connection is metered (for example a mobile hotspot), and backups on metered connections are off.</source>
        <translation>A conexão é limitada (por exemplo, um hotspot móvel), e os backups em conexões limitadas estão desativados.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as day/month/year.</source>
        <translation>As datas podem ter o dia ou o mês primeiro; foram lidas como dia/mês/ano.</translation>
    </message>
    <message>
        <source>The dates could be day first or month first; they were read as month/day/year.</source>
        <translation>As datas podem ter o dia ou o mês primeiro; foram lidas como mês/dia/ano.</translation>
    </message>
    <message>
        <source>The disk became full while restoring. Nothing was changed.</source>
        <translation>O disco ficou cheio durante a restauração. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The disk became full while decrypting the phone backup.</source>
        <translation>O disco ficou cheio ao descriptografar o backup do celular.</translation>
    </message>
    <message>
        <source>The drive is mounted read-only or write-protected: unlock it or choose another folder.</source>
        <translation>A unidade está montada como somente leitura ou protegida contra gravação: desbloqueie-a ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>A tarefa foi cancelada.</translation>
    </message>
    <message>
        <source>The key does not open this backup (the file itself is whole: its checksum is right).</source>
        <translation>A chave não abre este backup (o arquivo em si está inteiro: a soma de verificação confere).</translation>
    </message>
    <message>
        <source>The key does not open this backup, or the file is damaged (its checksum does not match either).</source>
        <translation>A chave não abre este backup, ou o arquivo está danificado (a soma de verificação também não confere).</translation>
    </message>
    <message>
        <source>The key returned by the vault does not decrypt; it may be damaged.</source>
        <translation>A chave devolvida pelo cofre não descriptografa; ela pode estar danificada.</translation>
    </message>
    <message>
        <source>The key vault address is not an http(s) URL.</source>
        <translation>O endereço do cofre de chaves não é um URL http(s).</translation>
    </message>
    <message>
        <source>The key vault already has a key under this identifier.</source>
        <translation>O cofre de chaves já tem uma chave com este identificador.</translation>
    </message>
    <message>
        <source>The key vault answered with a different server key; nothing was stored.</source>
        <translation>O cofre de chaves respondeu com uma chave de servidor diferente; nada foi armazenado.</translation>
    </message>
    <message>
        <source>The key vault at %1 could not be reached.</source>
        <translation>Não foi possível acessar o cofre de chaves em %1.</translation>
    </message>
    <message>
        <source>The key vault at %1 refused the request (HTTP %2).</source>
        <translation>O cofre de chaves em %1 recusou a solicitação (HTTP %2).</translation>
    </message>
    <message>
        <source>The key vault did not authorise the account binding.</source>
        <translation>O cofre de chaves não autorizou a vinculação à conta.</translation>
    </message>
    <message>
        <source>The key vault did not authorise the password change.</source>
        <translation>O cofre de chaves não autorizou a troca de senha.</translation>
    </message>
    <message>
        <source>The key vault did not confirm the deletion.</source>
        <translation>O cofre de chaves não confirmou a exclusão.</translation>
    </message>
    <message>
        <source>The key vault does not accept Google accounts; choose a folder backup or another vault.</source>
        <translation>O cofre de chaves não aceita Contas do Google; escolha um backup em pasta ou outro cofre.</translation>
    </message>
    <message>
        <source>The key vault failed to prove its identity; nothing was released.</source>
        <translation>O cofre de chaves não comprovou a identidade dele; nada foi liberado.</translation>
    </message>
    <message>
        <source>The key vault found its stored record modified or damaged.</source>
        <translation>O cofre de chaves encontrou o registro armazenado alterado ou danificado.</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in %1 seconds.</source>
        <translation>O cofre de chaves está limitando as solicitações; tente de novo em %1 segundos.</translation>
    </message>
    <message>
        <source>The key vault needs proof of this backup&apos;s account to keep its backup count.</source>
        <translation>O cofre de chaves precisa de uma prova da conta deste backup para manter a contagem de backups.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is already bound to an account.</source>
        <translation>O registro deste backup no cofre de chaves já está vinculado a uma conta.</translation>
    </message>
    <message>
        <source>The key vault record of this backup is bound to another kind of account than its settings say.</source>
        <translation>O registro deste backup no cofre de chaves está vinculado a um tipo de conta diferente do que as configurações dele indicam.</translation>
    </message>
    <message>
        <source>The key vault refused this Google account: the backup&apos;s key is bound to another one. Sign in to Google Drive with the account that made the backup.</source>
        <translation>O cofre de chaves recusou esta Conta do Google: a chave do backup está vinculada a outra. Entre no Google Drive com a conta que fez o backup.</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. Check the recovery code.</source>
        <translation>O cofre de chaves recusou a credencial deste computador e o código de recuperação. Confira o código de recuperação.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid backup sequence record.</source>
        <translation>O cofre de chaves enviou um registro de sequência de backup inválido.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid registration response.</source>
        <translation>O cofre de chaves enviou uma resposta de registro inválida.</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1 missing).</source>
        <translation>O cofre de chaves enviou uma resposta inválida (falta %1).</translation>
    </message>
    <message>
        <source>The key vault sent an invalid response (%1).</source>
        <extracomment>%1: the part of the answer that is wrong, as the program names it (such as server key)</extracomment>
        <translation>O cofre de chaves enviou uma resposta inválida (%1).</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is for another backup set.</source>
        <translation>O registro de sequência de backup do cofre de chaves é de outro conjunto de backups.</translation>
    </message>
    <message>
        <source>The key vault&apos;s backup sequence record is not signed by this backup&apos;s key.</source>
        <translation>O registro de sequência de backup do cofre de chaves não foi assinado pela chave deste backup.</translation>
    </message>
    <message>
        <source>The key vault&apos;s server key is not the expected one; nothing was stored.</source>
        <translation>A chave de servidor do cofre de chaves não é a esperada; nada foi armazenado.</translation>
    </message>
    <message>
        <source>The library has no chat with id %1.</source>
        <translation>A biblioteca não tem nenhuma conversa com o id %1.</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup (its file list does not decrypt).</source>
        <translation>A senha não abre este backup do iPhone (a lista de arquivos dele não é descriptografada).</translation>
    </message>
    <message>
        <source>The password does not open this iPhone backup.</source>
        <translation>A senha não abre este backup do iPhone.</translation>
    </message>
    <message>
        <source>The password is not correct for this backup.</source>
        <translation>A senha não está correta para este backup.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>A senha precisa ter pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The saved Google sign-in belongs to a different OAuth client.</source>
        <translation>O login salvo do Google pertence a outro cliente OAuth.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are damaged.</source>
        <translation>As configurações de cofre deste backup estão danificadas.</translation>
    </message>
    <message>
        <source>The vault settings of this backup are incomplete or damaged.</source>
        <translation>As configurações de cofre deste backup estão incompletas ou danificadas.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Não há nenhum backup %1.</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Não há nenhum backup em %1.</translation>
    </message>
    <message>
        <source>There is no backup set %1 at %2.</source>
        <translation>Não há nenhum conjunto de backup %1 em %2.</translation>
    </message>
    <message>
        <source>There is no chat library in %1.</source>
        <translation>Não há nenhuma biblioteca de conversas em %1.</translation>
    </message>
    <message>
        <source>There is no chat with id %1.</source>
        <translation>Não há nenhuma conversa com o id %1.</translation>
    </message>
    <message>
        <source>There is no internet connection.</source>
        <translation>Não há conexão com a internet.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault.</source>
        <translation>Este backup é protegido por uma senha guardada em um cofre de chaves.</translation>
    </message>
    <message>
        <source>This backup names a key vault this computer has not used: %1 (identity %2). Nothing was sent to it. Continue only if this is the key vault you chose when you set up this backup: whoever can change the backup&apos;s storage can make it name their own server.</source>
        <extracomment>%1: the key vault&apos;s address, %2: its identity (a fingerprint: groups of letters and digits)</extracomment>
        <translation>Este backup indica um cofre de chaves que este computador nunca usou: %1 (identidade %2). Nada foi enviado a ele. Só continue se este for o cofre de chaves que você escolheu ao configurar este backup: quem pode alterar o armazenamento do backup pode fazê-lo indicar o próprio servidor.</translation>
    </message>
    <message>
        <source>This chat library was made by a newer version of backupgui.</source>
        <translation>Esta biblioteca de conversas foi criada por uma versão mais nova do backupgui.</translation>
    </message>
    <message>
        <source>This copy of backupgui has no Google sign-in built in.</source>
        <translation>Esta cópia do backupgui não tem o login do Google integrado.</translation>
    </message>
    <message>
        <source>This database has more than %1 chats; it is refused.</source>
        <translation>Este banco de dados tem mais de %1 conversas; ele foi recusado.</translation>
    </message>
    <message>
        <source>This database has too many chats; it is refused.</source>
        <translation>Este banco de dados tem conversas demais; ele foi recusado.</translation>
    </message>
    <message>
        <source>This database is not WhatsApp&apos;s message database (msgstore.db): it has no message table.</source>
        <translation>Este banco de dados não é o banco de mensagens do WhatsApp (msgstore.db): não tem tabela de mensagens.</translation>
    </message>
    <message>
        <source>This encrypted iPhone backup has no usable keys (Manifest.plist).</source>
        <translation>Este backup criptografado do iPhone não tem chaves utilizáveis (Manifest.plist).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (its header cannot be read).</source>
        <translation>Este arquivo não é um backup do WhatsApp (o cabeçalho dele não pode ser lido).</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp backup (no header found).</source>
        <translation>Este arquivo não é um backup do WhatsApp (nenhum cabeçalho encontrado).</translation>
    </message>
    <message>
        <source>This file is too short to be a WhatsApp backup.</source>
        <translation>Este arquivo é curto demais para ser um backup do WhatsApp.</translation>
    </message>
    <message>
        <source>This folder&apos;s Manifest.db is not an iPhone backup&apos;s.</source>
        <translation>O Manifest.db desta pasta não é de um backup do iPhone.</translation>
    </message>
    <message>
        <source>This iPhone backup holds no WhatsApp messages (no ChatStorage.sqlite in WhatsApp&apos;s domain).</source>
        <translation>Este backup do iPhone não contém mensagens do WhatsApp (não há ChatStorage.sqlite no domínio do WhatsApp).</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: its password is needed.</source>
        <translation>Este backup do iPhone é criptografado: é preciso a senha dele.</translation>
    </message>
    <message>
        <source>This is far too long to be a backup key or a key file.</source>
        <translation>Isto é longo demais para ser uma chave de backup ou um arquivo de chave.</translation>
    </message>
    <message>
        <source>This is not WhatsApp&apos;s iPhone database (ChatStorage.sqlite).</source>
        <translation>Este não é o banco de dados do WhatsApp do iPhone (ChatStorage.sqlite).</translation>
    </message>
    <message>
        <source>This key file belongs to another backup (its server salt differs from the one this backup was made with).</source>
        <translation>Este arquivo de chave é de outro backup (o sal do servidor é diferente daquele com que este backup foi feito).</translation>
    </message>
    <message>
        <source>This key file is damaged (its internal check fails).</source>
        <translation>Este arquivo de chave está danificado (a verificação interna falha).</translation>
    </message>
    <message>
        <source>This key file is damaged or not one WhatsApp made.</source>
        <translation>Este arquivo de chave está danificado ou não foi criado pelo WhatsApp.</translation>
    </message>
    <message>
        <source>This key file is of a version backupgui does not know.</source>
        <translation>Este arquivo de chave é de uma versão que o backupgui não conhece.</translation>
    </message>
    <message>
        <source>This key vault does not accept Google accounts, which Google Drive backups use to protect their password attempts.</source>
        <translation>Este cofre de chaves não aceita Contas do Google, que os backups no Google Drive usam para proteger as tentativas de senha.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot bind a backup&apos;s key to an account, so anyone holding the backup could use up its password attempts. Update the vault.</source>
        <translation>Este cofre de chaves é antigo demais: ele não consegue vincular a chave de um backup a uma conta, então qualquer pessoa com o backup poderia gastar as tentativas de senha. Atualize o cofre.</translation>
    </message>
    <message>
        <source>This password is too common; choose one that is harder to guess.</source>
        <translation>Esta senha é muito comum; escolha uma mais difícil de adivinhar.</translation>
    </message>
    <message>
        <source>To continue, confirm the vault, or run the command again with --trust-vault (or give the vault&apos;s address with --vault URL).</source>
        <translation>Para continuar, confirme o cofre ou execute o comando novamente com --trust-vault (ou informe o endereço do cofre com --vault URL).</translation>
    </message>
    <message>
        <source>To restore the older backup anyway, confirm it in the restore window, or name it with --backup and add --accept-rollback.</source>
        <translation>Para restaurar o backup mais antigo mesmo assim, confirme na janela de restauração ou indique-o com --backup e adicione --accept-rollback.</translation>
    </message>
    <message>
        <source>Try again. If no browser window opened, copy the sign-in link into your browser.</source>
        <translation>Tente de novo. Se nenhuma janela do navegador abriu, copie o link de login no seu navegador.</translation>
    </message>
    <message>
        <source>Try signing in again.</source>
        <translation>Tente entrar de novo.</translation>
    </message>
    <message>
        <source>Type it as it was shown when the key vault was set up; spaces and dashes are ignored.</source>
        <translation>Digite-o como foi mostrado quando o cofre de chaves foi configurado; espaços e hífens são ignorados.</translation>
    </message>
    <message>
        <source>Unknown export format %1; use &apos;whatsapp&apos; or &apos;telegram&apos;.</source>
        <translation>Formato de exportação desconhecido: %1; use &apos;whatsapp&apos; ou &apos;telegram&apos;.</translation>
    </message>
    <message>
        <source>Unlocking the backup</source>
        <translation>Desbloqueando o backup</translation>
    </message>
    <message>
        <source>Unlocking the iPhone backup</source>
        <translation>Desbloqueando o backup do iPhone</translation>
    </message>
    <message>
        <source>Use your own Google Cloud client: Settings → Google Drive → &quot;Use your own Google Cloud client…&quot; (docs/DRIVE.md has the steps), or try the Drive emulator.</source>
        <translation>Use seu próprio cliente do Google Cloud: Configurações → Google Drive → &quot;Usar seu próprio cliente do Google Cloud…&quot; (docs/DRIVE.md mostra os passos) ou experimente o emulador do Drive.</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive.</source>
        <translation>Você não permitiu que o backupgui usasse o Google Drive.</translation>
    </message>
    <message>
        <source>A media file in the library is damaged and was skipped (%1).</source>
        <translation>Um arquivo de mídia da biblioteca está danificado e foi ignorado (%1).</translation>
    </message>
    <message>
        <source>A media file is missing from the library (%1).</source>
        <translation>Um arquivo de mídia não está na biblioteca (%1).</translation>
    </message>
    <message>
        <source>Backup set %1 does not open with this key or password; it is ignored.</source>
        <translation>O conjunto de backups %1 não abre com esta chave ou senha; ele foi ignorado.</translation>
    </message>
    <message>
        <source>Old backups could not be removed this time (%1)</source>
        <extracomment>%1: why, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>Não foi possível remover os backups antigos desta vez (%1)</translation>
    </message>
    <message>
        <source>The key vault could not record this backup as the newest, so a restore on another computer cannot tell whether the backup storage was rolled back (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>O cofre de chaves não conseguiu registrar este backup como o mais recente, então uma restauração em outro computador não consegue saber se o armazenamento do backup foi revertido (%1)</translation>
    </message>
    <message>
        <source>This backup&apos;s key vault record is from before account binding: anyone with a copy of the backup can use up its password attempts. Run one backup with the password (backupgui-cli backup) to bind it to your account (docs/VAULT.md 1.6).</source>
        <translation>O registro deste backup no cofre de chaves é de antes da vinculação à conta: qualquer pessoa com uma cópia do backup pode esgotar as tentativas de senha. Faça um backup com a senha (backupgui-cli backup) para vinculá-lo à sua conta (docs/VAULT.md 1.6).</translation>
    </message>
    <message>
        <source>a chat whose id is not a WhatsApp id</source>
        <translation>uma conversa cujo id não é um id do WhatsApp</translation>
    </message>
    <message>
        <source>a message that is not a JSON object</source>
        <translation>uma mensagem que não é um objeto JSON</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <extracomment>%1: an attachment&apos;s file name, in quotes</extracomment>
        <translation>anexo %1</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>dados binários</translation>
    </message>
    <message>
        <source>chats missing from the database&apos;s chat list</source>
        <translation>conversas que faltam na lista de conversas do banco de dados</translation>
    </message>
    <message>
        <source>invalid date or time (%1)</source>
        <translation>data ou hora inválida (%1)</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>linhas %1–%2</translation>
    </message>
    <message>
        <source>message %1 (line %2)</source>
        <translation>mensagem %1 (linha %2)</translation>
    </message>
    <message>
        <source>messages of kinds backupgui cannot show (calls, polls, payments...)</source>
        <translation>mensagens de tipos que o backupgui não consegue mostrar (chamadas, enquetes, pagamentos...)</translation>
    </message>
    <message>
        <source>messages without a valid date</source>
        <translation>mensagens sem data válida</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>nenhuma data legível</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>texto UTF-8 inválido</translation>
    </message>
    <message>
        <source>status updates (they are not a chat)</source>
        <translation>atualizações de status (não são uma conversa)</translation>
    </message>
    <message>
        <source>system notices of a kind backupgui does not show</source>
        <translation>avisos do sistema de um tipo que o backupgui não mostra</translation>
    </message>
    <message>
        <source>text before the first message</source>
        <translation>texto antes da primeira mensagem</translation>
    </message>
    <message>
        <source>the rest of the file could not be read (%1)</source>
        <extracomment>%1: why, a phrase of the JSON reader</extracomment>
        <translation>não foi possível ler o restante do arquivo (%1)</translation>
    </message>
    <message>
        <source>unknown AM/PM marker in the time</source>
        <translation>indicador AM/PM desconhecido no horário</translation>
    </message>
    <message>
        <source>unknown message type %1</source>
        <translation>tipo de mensagem desconhecido %1</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its messages are in format version %1), which this version cannot read.</source>
        <translation>Este backup foi feito por uma versão mais nova do backupgui (as mensagens estão no formato versão %1), que esta versão não consegue ler.</translation>
    </message>
    <message>
        <source>Update backupgui to its newest version, then try again.</source>
        <translation>Atualize o backupgui para a versão mais recente e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 contains binary data.</source>
        <translation>%1 não é uma conversa exportada do WhatsApp: a linha %2 contém dados binários.</translation>
    </message>
    <message>
        <source>%1 is not a WhatsApp chat export: line %2 is not UTF-8 text.</source>
        <translation>%1 não é uma conversa exportada do WhatsApp: a linha %2 não é texto UTF-8.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its pack %1 is in format version %2), which this version cannot read.</source>
        <translation>Este backup foi feito por uma versão mais nova do backupgui (o pacote %1 está no formato versão %2), que esta versão não consegue ler.</translation>
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
        <translation>Salvando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>The key vault refused this computer&apos;s device credential and the recovery code. If an older version of backupgui set up this backup&apos;s key vault, the key vault must be updated first: this version never sends the credential or the code.</source>
        <translation>O cofre de chaves recusou a credencial deste computador e o código de recuperação. Se uma versão mais antiga do backupgui configurou o cofre de chaves deste backup, o cofre precisa ser atualizado primeiro: esta versão nunca envia a credencial nem o código.</translation>
    </message>
    <message>
        <source>This key vault is too old: it cannot check this computer&apos;s credential or the recovery code without receiving them, and this app never sends them. Nothing was sent. Update the key vault.</source>
        <translation>Este cofre de chaves é antigo demais: ele não consegue verificar a credencial deste computador nem o código de recuperação sem recebê-los, e este app nunca os envia. Nada foi enviado. Atualize o cofre de chaves.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its index %1 is in format version %2), which this version cannot read.</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: a format version number</extracomment>
        <translation>Este backup foi feito por uma versão mais nova do backupgui (o índice %1 está no formato versão %2), que esta versão não consegue ler.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of backupgui (its snapshot %1 is in format version %2), which this version cannot read.</source>
        <translation>Este backup foi feito por uma versão mais nova do backupgui (o snapshot %1 está no formato versão %2), que esta versão não consegue ler.</translation>
    </message>
    <message>
        <source>pack %1 is in no index and was made by a newer version of backupgui (format version %2): update backupgui before the next backup</source>
        <translation>o pacote %1 não está em nenhum índice e foi feito por uma versão mais nova do backupgui (formato versão %2): atualize o backupgui antes do próximo backup</translation>
    </message>
    <message>
        <source>The backup folder disappeared.</source>
        <translation>A pasta do backup desapareceu.</translation>
    </message>
    <message>
        <source>The backup folder is full.</source>
        <translation>A pasta do backup está cheia.</translation>
    </message>
    <message>
        <source>The backup folder is read-only.</source>
        <translation>A pasta do backup está somente leitura.</translation>
    </message>
    <message>
        <source>backupgui creates only the backup folder itself, never the folders above it: check the path, or connect the drive that holds it.</source>
        <translation>O backupgui cria só a própria pasta do backup, nunca as pastas acima dela: confira o caminho ou conecte a unidade que a contém.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to write to the backup folder.</source>
        <translation>O backupgui não tem permissão para gravar na pasta do backup.</translation>
    </message>
    <message>
        <source>Connect the drive that holds it, or choose the backup folder again.</source>
        <translation>Conecte a unidade que a contém ou escolha a pasta do backup de novo.</translation>
    </message>
    <message>
        <source>Free up space on the drive that holds the backup folder, or choose another folder.</source>
        <translation>Libere espaço na unidade que contém a pasta do backup ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>The key vault lets only the Google account this backup belongs to try its password. Sign in to Google Drive (with access to your account&apos;s identity) and try again.</source>
        <translation>O cofre de chaves só deixa a conta do Google a que este backup pertence testar a senha dele. Entre no Google Drive (com acesso à identidade da sua conta) e tente de novo.</translation>
    </message>
    <message>
        <source>The key vault lets only this backup&apos;s devices try its password. On a new computer, enter the recovery code you saved when you set up the key vault.</source>
        <translation>O cofre de chaves só deixa os dispositivos deste backup testarem a senha dele. Em um computador novo, digite o código de recuperação que você guardou ao configurar o cofre de chaves.</translation>
    </message>
    <message>
        <source>Uploads to Google Drive are first written to this computer&apos;s cache folder: free some disk space there (or set BACKUPGUI_DRIVE_SPOOL), then try again.</source>
        <translation>Os envios para o Google Drive são gravados primeiro na pasta de cache deste computador: libere espaço em disco lá (ou defina BACKUPGUI_DRIVE_SPOOL) e tente de novo.</translation>
    </message>
    <message>
        <source>Wait for it to finish or cancel it, then try again.</source>
        <translation>Espere terminar ou cancele e tente de novo.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, or delete some of its messages of that month, then back up again.</source>
        <translation>Deixe este chat fora do backup ou apague algumas das mensagens dele daquele mês e faça o backup de novo.</translation>
    </message>
    <message>
        <source>backup set %1 does not open with this key or password; ignored</source>
        <translation>o conjunto de backups %1 não abre com esta chave ou senha; ignorado</translation>
    </message>
    <message>
        <source>pack %1 is in no index (left by an interrupted backup; the next backup adopts it)</source>
        <translation>o pacote %1 não está em nenhum índice (deixado por um backup interrompido; o próximo backup o adota)</translation>
    </message>
    <message>
        <source>pack %1 is in no index and does not authenticate; ignored</source>
        <translation>o pacote %1 não está em nenhum índice e não se autentica; ignorado</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name)</source>
        <translation>objeto desconhecido %1 (não é um nome do backupgui)</translation>
    </message>
    <message>
        <source>unknown object %1 (not a backupgui name); ignored</source>
        <translation>objeto desconhecido %1 (não é um nome do backupgui); ignorado</translation>
    </message>
    <message>
        <source>Creating the backup set</source>
        <translation>Criando o conjunto de backups</translation>
    </message>
    <message>
        <source>Check the key and try again.</source>
        <translation>Verifique a chave e tente de novo.</translation>
    </message>
    <message>
        <source>Check the password and try again.</source>
        <translation>Verifique a senha e tente de novo.</translation>
    </message>
    <message>
        <source>A file of this backup is missing from Google Drive.</source>
        <translation>Falta um arquivo deste backup no Google Drive.</translation>
    </message>
    <message>
        <source>Back up again: the damaged part is sent again.</source>
        <translation>Faça o backup de novo: a parte danificada é enviada outra vez.</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Verifique a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>Could not write to the cache folder for Google Drive uploads.</source>
        <translation>Não foi possível gravar na pasta de cache dos envios para o Google Drive.</translation>
    </message>
    <message>
        <source>Google Drive could not be reached; gave up after %1 attempts.</source>
        <translation>Não foi possível acessar o Google Drive; desistimos após %1 tentativas.</translation>
    </message>
    <message>
        <source>Google Drive gave an unusable answer.</source>
        <translation>O Google Drive deu uma resposta inutilizável.</translation>
    </message>
    <message>
        <source>Google Drive kept dropping an upload.</source>
        <translation>O Google Drive interrompeu um envio repetidas vezes.</translation>
    </message>
    <message>
        <source>Google Drive kept failing; gave up after %1 attempts.</source>
        <translation>O Google Drive continuou falhando; desistimos após %1 tentativas.</translation>
    </message>
    <message>
        <source>Google Drive refused the request.</source>
        <translation>O Google Drive recusou a solicitação.</translation>
    </message>
    <message>
        <source>Google Drive refused to tell the account&apos;s details.</source>
        <translation>O Google Drive se recusou a informar os dados da conta.</translation>
    </message>
    <message>
        <source>Google Drive rejected the sign-in.</source>
        <translation>O Google Drive recusou o login.</translation>
    </message>
    <message>
        <source>Part of this backup arrived damaged at Google Drive.</source>
        <translation>Uma parte deste backup chegou danificada ao Google Drive.</translation>
    </message>
    <message>
        <source>Google refused the sign-in.</source>
        <translation>O Google recusou o login.</translation>
    </message>
    <message>
        <source>The Google sign-in failed.</source>
        <translation>O login no Google falhou.</translation>
    </message>
    <message>
        <source>The cache folder for Google Drive uploads is full.</source>
        <translation>A pasta de cache dos envios para o Google Drive está cheia.</translation>
    </message>
    <message>
        <source>This upload to Google Drive is already finished.</source>
        <translation>Este envio para o Google Drive já terminou.</translation>
    </message>
    <message>
        <source>Try again later, or sign in to Google Drive again.</source>
        <translation>Tente de novo mais tarde ou entre no Google Drive de novo.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Try again later. If Google Drive keeps refusing, sign in again; the log has Google&apos;s answer.</source>
        <translation>Tente de novo mais tarde. Se o Google Drive continuar recusando, entre de novo; o log tem a resposta do Google.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly.</source>
        <translation>O Google Drive respondeu devagar demais.</translation>
    </message>
    <message>
        <source>Google did not answer the sign-in in time.</source>
        <translation>O Google não respondeu ao login a tempo.</translation>
    </message>
    <message>
        <source>The key vault at %1 answered too slowly.</source>
        <translation>O cofre de chaves em %1 respondeu devagar demais.</translation>
    </message>
    <message>
        <source>Google Drive answered too slowly: no answer was complete within its time limit; gave up after %1 attempts.</source>
        <translation>O Google Drive respondeu devagar demais: nenhuma resposta ficou completa dentro do prazo; desistimos após %1 tentativas.</translation>
    </message>
    <message>
        <source>%1 is encrypted: give the %2-digit key (or the key file) that opens it.</source>
        <translation>%1 está criptografado: informe a chave de %2 dígitos (ou o arquivo de chave) que o abre.</translation>
    </message>
    <message>
        <source>A .crypt15 backup opens with the %1-digit key (or the encrypted_backup.key file); a .crypt14 or .crypt12 backup with the %2-byte file named &quot;key&quot;.</source>
        <translation>Um backup .crypt15 abre com a chave de %1 dígitos (ou com o arquivo encrypted_backup.key); um backup .crypt14 ou .crypt12, com o arquivo de %2 bytes chamado &quot;key&quot;.</translation>
    </message>
    <message>
        <source>A backup key has %1 characters 0-9 and a-f; spaces and dashes are ignored.</source>
        <translation>Uma chave de backup tem %1 caracteres 0-9 e a-f; espaços e hífens são ignorados.</translation>
    </message>
    <message>
        <source>A backup key has %1 digits; this one has %2.</source>
        <translation>Uma chave de backup tem %1 dígitos; esta tem %2.</translation>
    </message>
    <message>
        <source>A key vault recovery code has %1 digits 0-9 and a-f (%2 groups of %3); this text is not one.</source>
        <translation>Um código de recuperação do cofre de chaves tem %1 dígitos 0-9 e a-f (%2 grupos de %3); este texto não é um.</translation>
    </message>
    <message>
        <source>Check the %1-digit key (WhatsApp shows it only when you turn on end-to-end encrypted backup) or choose the key file that belongs to this backup.</source>
        <translation>Confira a chave de %1 dígitos (o WhatsApp só a mostra quando você ativa o backup criptografado de ponta a ponta) ou escolha o arquivo de chave deste backup.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Mantenha entre %1 e %2 backups.</translation>
    </message>
    <message>
        <source>No %1-digit backup key was found in this text or file.</source>
        <translation>Nenhuma chave de backup de %1 dígitos foi encontrada neste texto ou arquivo.</translation>
    </message>
    <message>
        <source>Open backupgui and click Back up to enter your password or %1-digit key.</source>
        <translation>Abra o backupgui e clique em &quot;Fazer backup&quot; para digitar sua senha ou sua chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>Switching to a %1-digit key shows the backup&apos;s own key; it cannot be replaced.</source>
        <translation>Mudar para uma chave de %1 dígitos mostra a chave do próprio backup; ela não pode ser substituída.</translation>
    </message>
    <message>
        <source>The %1-digit key is not correct for this backup.</source>
        <translation>A chave de %1 dígitos não está correta para este backup.</translation>
    </message>
    <message>
        <source>The WhatsApp key has %1 digits; the text given has %2.</source>
        <translation>A chave do WhatsApp tem %1 dígitos; o texto informado tem %2.</translation>
    </message>
    <message>
        <source>The WhatsApp key must be %1 bytes (%2 digits).</source>
        <translation>A chave do WhatsApp precisa ter %1 bytes (%2 dígitos).</translation>
    </message>
    <message>
        <source>The key vault destroyed this backup&apos;s key after too many wrong passwords. The password can no longer open this backup; only its %1-digit key, if you saved one, can.</source>
        <translation>O cofre de chaves destruiu a chave deste backup depois de muitas senhas erradas. A senha não abre mais este backup; só a chave de %1 dígitos dele abre, se você a guardou.</translation>
    </message>
    <message>
        <source>The key vault&apos;s identity (server key) differs from the one this backup was made with. Nothing was sent; check the vault address or restore with the %1-digit key.</source>
        <translation>A identidade do cofre de chaves (chave do servidor) é diferente daquela com que este backup foi feito. Nada foi enviado; verifique o endereço do cofre ou restaure com a chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The password&apos;s Argon2id settings are out of bounds: at most %1 MiB of memory, %2 passes and %3 lanes.</source>
        <translation>As configurações Argon2id da senha estão fora dos limites: no máximo %1 MiB de memória, %2 passagens e %3 faixas.</translation>
    </message>
    <message>
        <source>The recovery code has %1 digits in %2 groups.</source>
        <translation>O código de recuperação tem %1 dígitos em %2 grupos.</translation>
    </message>
    <message>
        <source>This backup is protected by a %1-digit key; enter the key instead.</source>
        <translation>Este backup é protegido por uma chave de %1 dígitos; digite a chave.</translation>
    </message>
    <message>
        <source>This backup is protected by a password kept with a key vault, not a %1-digit key.</source>
        <translation>Este backup é protegido por uma senha com cofre de chaves, não por uma chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key or vault.</source>
        <translation>Este backup é protegido por uma senha, não por uma chave de %1 dígitos nem por um cofre.</translation>
    </message>
    <message>
        <source>This backup is protected by a password, not a %1-digit key.</source>
        <translation>Este backup é protegido por uma senha, não por uma chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>This file is not a WhatsApp key: neither a key file nor text holding the %1-digit key.</source>
        <translation>Este arquivo não é uma chave do WhatsApp: nem um arquivo de chave nem um texto com a chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>This is a %1 backup: it opens with the %2-byte file named &quot;key&quot; from the phone, not with a %3-digit key.</source>
        <extracomment>%1: the backup&apos;s kind (.crypt14 or .crypt12), %2, %3: numbers</extracomment>
        <translation>Este é um backup %1: ele abre com o arquivo de %2 bytes chamado &quot;key&quot;, tirado do celular, não com uma chave de %3 dígitos.</translation>
    </message>
    <message>
        <source>This is a .crypt15 backup (end-to-end encrypted): it opens with the %1-digit key or the encrypted_backup.key file, not with the key file of older backups.</source>
        <translation>Este é um backup .crypt15 (criptografado de ponta a ponta): ele abre com a chave de %1 dígitos ou com o arquivo encrypted_backup.key, não com o arquivo de chave de backups antigos.</translation>
    </message>
    <message>
        <source>This key file holds %1 bytes; WhatsApp&apos;s hold %2 (encrypted_backup.key) or %3 (key).</source>
        <translation>Este arquivo de chave tem %1 bytes; os do WhatsApp têm %2 (encrypted_backup.key) ou %3 (key).</translation>
    </message>
    <message>
        <source>This text holds more than one %1-digit key; use only the backup&apos;s key.</source>
        <translation>Este texto contém mais de uma chave de %1 dígitos; use só a chave do backup.</translation>
    </message>
    <message>
        <source>impossible time %1:%2 on a %3-hour clock</source>
        <extracomment>%1: hours, %2: minutes, as the export wrote them, %3: 12 (a clock with AM and PM)</extracomment>
        <translation>horário impossível %1:%2 em um relógio de %3 horas</translation>
    </message>
    <message>
        <source>If you deleted the new backup yourself, make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes the old one.</source>
        <translation>Se você mesmo apagou o backup novo, crie uma nova chave (Nova senha e nova chave de backup, ou backupgui-cli key rotate): ela faz o backup em um conjunto novo e remove o antigo.</translation>
    </message>
    <message>
        <source>Packs listed in the backup index but missing from the destination: %1. What they held is sent again.</source>
        <extracomment>%1: how many packs (parts of the backup&apos;s storage)</extracomment>
        <translation>Pacotes listados no índice do backup, mas que faltam no destino: %1. O que eles continham é enviado de novo.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted.</source>
        <translation>Este conjunto de backups (%1) foi substituído por uma nova chave neste computador (pelo conjunto %2), mas o destino o oferece de novo, e não o conjunto novo: o armazenamento pode ter sido revertido ou o backup novo apagado.</translation>
    </message>
    <message>
        <source>This backup set (%1) was replaced by a new key on this computer (by set %2), but the destination offers it again and not the new set: the storage may have been rolled back or the new backup deleted. Nothing was backed up into the old set.</source>
        <translation>Este conjunto de backups (%1) foi substituído por uma nova chave neste computador (pelo conjunto %2), mas o destino o oferece de novo, e não o conjunto novo: o armazenamento pode ter sido revertido ou o backup novo apagado. Nada foi salvo no conjunto antigo.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s chat list</source>
        <translation>Lendo a lista de conversas do backup</translation>
    </message>
    <message>
        <source>This backup lists more chats than backupgui can show at once; it may have been tampered with. Nothing was changed.</source>
        <translation>Este backup lista mais conversas do que o backupgui consegue mostrar de uma vez; ele pode ter sido adulterado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 holds several .txt files; choose one of them: %2.</source>
        <translation>%1 contém vários arquivos .txt; escolha um deles: %2.</translation>
    </message>
    <message>
        <source>Free up at least %1 in Google Drive (more for later backups) or buy more storage, then back up again.</source>
        <translation>Libere pelo menos %1 no Google Drive (mais para backups futuros) ou compre mais armazenamento e faça o backup de novo.</translation>
    </message>
    <message>
        <source>Free up space in Google Drive or buy more storage, then back up again.</source>
        <translation>Libere espaço no Google Drive ou compre mais armazenamento e faça o backup de novo.</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 of %2 used).</source>
        <translation>O Google Drive está cheio (%1 de %2 usados).</translation>
    </message>
    <message>
        <source>Google Drive is full (%1 used).</source>
        <translation>O Google Drive está cheio (%1 usados).</translation>
    </message>
    <message>
        <source>Google Drive is full.</source>
        <translation>O Google Drive está cheio.</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 (%2 used).</source>
        <translation>O Google Drive está cheio: a próxima parte deste backup precisa de %1 (%2 usados).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1 and only %2 is free (%3 of %4 used).</source>
        <extracomment>%1: size needed, %2: size free, %3: size used, %4: the account&apos;s storage (sizes such as 40.0 MB)</extracomment>
        <translation>O Google Drive está cheio: a próxima parte deste backup precisa de %1 e só há %2 livres (%3 de %4 usados).</translation>
    </message>
    <message>
        <source>Google Drive is full: the next part of this backup needs %1.</source>
        <translation>O Google Drive está cheio: a próxima parte deste backup precisa de %1.</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key (%2).</source>
        <extracomment>%1: the destination (a folder or Google Drive), %2: why the first one was ignored, a lower-case phrase</extracomment>
        <translation>Nenhum backup em %1 é autenticado com esta chave (%2).</translation>
    </message>
    <message>
        <source>No backup at %1 authenticates with this key.</source>
        <translation>Nenhum backup em %1 é autenticado com esta chave.</translation>
    </message>
    <message>
        <source>No keyring service is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Nenhum serviço de chaveiro está disponível neste sistema. O login do Google não pode ser lembrado.</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available on this system. The Google sign-in cannot be remembered.</source>
        <translation>Nenhum armazenamento seguro de senhas (chaveiro) está disponível neste sistema. O login do Google não pode ser lembrado.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: it is nested too deeply.</source>
        <translation>O arquivo do cliente OAuth do Google %1 não pode ser lido: ele tem aninhamento profundo demais.</translation>
    </message>
    <message>
        <source>The key vault could not say which backup is the newest (%1)</source>
        <extracomment>%1: the key vault&apos;s error, a whole sentence of its own</extracomment>
        <translation>O cofre de chaves não conseguiu dizer qual é o backup mais recente (%1)</translation>
    </message>
    <message>
        <source>The key vault is limiting requests; try again in a few seconds.</source>
        <translation>O cofre de chaves está limitando as solicitações; tente de novo em alguns segundos.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring is not meant for secrets. The Google sign-in cannot be remembered.</source>
        <translation>O chaveiro deste computador não foi feito para dados secretos. O login do Google não pode ser lembrado.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <extracomment>%1, %3: a backup&apos;s id, %2, %4: the backups&apos; numbers in this backup set</extracomment>
        <translation>O backup mais recente que o cofre de chaves conhece, %1 (backup número %2), não está no destino (mais recente encontrado: %3, backup número %4). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>O backup mais recente que o cofre de chaves conhece, %1 (backup número %2), não está no destino (nenhum backup encontrado). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>O backup mais recente que o cofre de chaves conhece, %1, não está no destino (mais recente encontrado: %2, backup número %3). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The newest backup the key vault knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>O backup mais recente que o cofre de chaves conhece, %1, não está no destino (nenhum backup encontrado). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (newest found: %3, backup number %4). The storage may have been rolled back or backups deleted.</source>
        <translation>O backup mais recente que este computador conhece, %1 (backup número %2), não está no destino (mais recente encontrado: %3, backup número %4). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1 (backup number %2), is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>O backup mais recente que este computador conhece, %1 (backup número %2), não está no destino (nenhum backup encontrado). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (newest found: %2, backup number %3). The storage may have been rolled back or backups deleted.</source>
        <translation>O backup mais recente que este computador conhece, %1, não está no destino (mais recente encontrado: %2, backup número %3). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The newest backup this computer knows of, %1, is missing from the destination (no backup found). The storage may have been rolled back or backups deleted.</source>
        <translation>O backup mais recente que este computador conhece, %1, não está no destino (nenhum backup encontrado). O armazenamento pode ter sido revertido ou backups podem ter sido apagados.</translation>
    </message>
    <message>
        <source>The only keyring found stores secrets in a plain file. The Google sign-in cannot be remembered.</source>
        <translation>O único chaveiro encontrado guarda dados secretos em um arquivo sem criptografia. O login do Google não pode ser lembrado.</translation>
    </message>
    <message>
        <source>There is more than one backup matching %1 at %2.</source>
        <translation>Há mais de um backup correspondente a %1 em %2.</translation>
    </message>
    <message>
        <source>There is no backup matching %1 at %2.</source>
        <translation>Não há nenhum backup correspondente a %1 em %2.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows %1 more attempts before it destroys the key.</source>
        <extracomment>%1: a number, 2 or more (one attempt has a sentence of its own)</extracomment>
        <translation>Senha incorreta. O cofre de chaves permite mais %1 tentativas antes de destruir a chave.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows one more attempt before it destroys the key.</source>
        <translation>Senha incorreta. O cofre de chaves permite mais uma tentativa antes de destruir a chave.</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1).</source>
        <translation>Uma restauração já está em andamento (iniciado por %1).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, at %2).</source>
        <translation>Uma restauração já está em andamento (iniciado por %1, às %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2).</source>
        <translation>Uma restauração já está em andamento (iniciado por %1, processo %2).</translation>
    </message>
    <message>
        <source>A restore is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Uma restauração já está em andamento (iniciado por %1, processo %2, às %3).</translation>
    </message>
    <message>
        <source>A restore is already running.</source>
        <translation>Uma restauração já está em andamento.</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1).</source>
        <translation>Outro backup já está em andamento (iniciado por %1).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, at %2).</source>
        <translation>Outro backup já está em andamento (iniciado por %1, às %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2).</source>
        <translation>Outro backup já está em andamento (iniciado por %1, processo %2).</translation>
    </message>
    <message>
        <source>Another backup is already running (started by %1, process %2, at %3).</source>
        <extracomment>%1: the program that started it (backupgui or backupgui-cli), %2: its process number, %3: a time, or a date and time</extracomment>
        <translation>Outro backup já está em andamento (iniciado por %1, processo %2, às %3).</translation>
    </message>
    <message>
        <source>Another backup is already running.</source>
        <translation>Outro backup já está em andamento.</translation>
    </message>
    <message>
        <source>blob %1 is not in any pack</source>
        <translation>o bloco %1 não está em nenhum pacote</translation>
    </message>
    <message>
        <source>media blob %1 has the wrong content</source>
        <translation>o bloco de mídia %1 tem o conteúdo errado</translation>
    </message>
    <message>
        <source>messages blob %1 is larger than the format allows</source>
        <translation>o bloco de mensagens %1 é maior do que o formato permite</translation>
    </message>
    <message>
        <source>pack %1 is missing</source>
        <translation>o pacote %1 está faltando</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1): %2.</source>
        <translation>O backup está danificado (problemas encontrados: %1): %2.</translation>
    </message>
    <message>
        <source>The backup object %1 is damaged.</source>
        <translation>O objeto do backup %1 está danificado.</translation>
    </message>
    <message>
        <source>blob %1 is cut short</source>
        <translation>o bloco %1 está incompleto</translation>
    </message>
    <message>
        <source>index %1 is ignored: %2</source>
        <extracomment>%1: the index&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>o índice %1 é ignorado: %2</translation>
    </message>
    <message>
        <source>it disappeared while it was being read</source>
        <translation>o objeto desapareceu durante a leitura</translation>
    </message>
    <message>
        <source>it fails its authentication check</source>
        <translation>o objeto não passa na verificação de autenticidade</translation>
    </message>
    <message>
        <source>it has more structure than any valid one (reading it would take too much memory)</source>
        <translation>o objeto tem mais estrutura do que qualquer objeto válido (lê-lo exigiria memória demais)</translation>
    </message>
    <message>
        <source>it is cut short</source>
        <translation>o objeto está incompleto</translation>
    </message>
    <message>
        <source>it is larger than the format allows</source>
        <translation>o objeto é maior do que o formato permite</translation>
    </message>
    <message>
        <source>it is malformed</source>
        <translation>o objeto tem formato inválido</translation>
    </message>
    <message>
        <source>it is not valid compressed data</source>
        <translation>o objeto não contém dados compactados válidos</translation>
    </message>
    <message>
        <source>manifest %1 fails its authentication check</source>
        <translation>o manifesto %1 não passa na verificação de autenticidade</translation>
    </message>
    <message>
        <source>manifest %1 has more structure than any valid one (reading it would take too much memory)</source>
        <translation>o manifesto %1 tem mais estrutura do que qualquer manifesto válido (lê-lo exigiria memória demais)</translation>
    </message>
    <message>
        <source>manifest %1 is cut short</source>
        <translation>o manifesto %1 está incompleto</translation>
    </message>
    <message>
        <source>manifest %1 is larger than the format allows</source>
        <translation>o manifesto %1 é maior do que o formato permite</translation>
    </message>
    <message>
        <source>manifest %1 is malformed</source>
        <translation>o manifesto %1 tem formato inválido</translation>
    </message>
    <message>
        <source>manifest %1 is not valid compressed data</source>
        <translation>o manifesto %1 não contém dados compactados válidos</translation>
    </message>
    <message>
        <source>pack %1 fails its authentication check</source>
        <translation>o pacote %1 não passa na verificação de autenticidade</translation>
    </message>
    <message>
        <source>pack %1 is cut short</source>
        <translation>o pacote %1 está incompleto</translation>
    </message>
    <message>
        <source>pack %1 is larger than the format allows</source>
        <translation>o pacote %1 é maior do que o formato permite</translation>
    </message>
    <message>
        <source>pack %1 is longer than its index says</source>
        <translation>o pacote %1 é mais longo do que seu índice diz</translation>
    </message>
    <message>
        <source>pack %1 is malformed</source>
        <translation>o pacote %1 tem formato inválido</translation>
    </message>
    <message>
        <source>snapshot %1 is ignored: %2</source>
        <extracomment>%1: the backup&apos;s internal name (hexadecimal digits), %2: why, a lower-case clause (such as: it is cut short)</extracomment>
        <translation>o snapshot %1 é ignorado: %2</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are cut short</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 estão incompletas</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are larger than the format allows</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 são maiores do que o formato permite</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are malformed</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 têm formato inválido</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not the ones the backup lists</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 não são as que o backup lista</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are not valid compressed data</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 não são dados compactados válidos</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 fail their authentication check</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 não passam na verificação de autenticidade</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 have more structure than any valid one (reading them would take too much memory)</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 têm mais estrutura do que qualquer bloco válido (lê-las exigiria memória demais)</translation>
    </message>
    <message>
        <source>The backup is damaged (problems found: %1), among them: %2.</source>
        <extracomment>%1: how many problems, %2: the first three, lower-case phrases joined with semicolons</extracomment>
        <translation>O backup está danificado (problemas encontrados: %1), entre eles: %2.</translation>
    </message>
    <message>
        <source>Deleting the old key at the key vault</source>
        <translation>Apagando a chave antiga no cofre de chaves</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2, which could not be deleted (%3) Whoever kept a copy of that set can still open it there with the old password.</source>
        <extracomment>%1: the key vault&apos;s address, %2: the backup set&apos;s id, %3: the key vault&apos;s error, a whole sentence of its own (it ends with its full stop)</extracomment>
        <translation>O cofre de chaves %1 ainda guarda a chave do conjunto de backups antigo %2, que não pôde ser apagada (%3) Quem guardou uma cópia desse conjunto ainda pode abri-lo lá com a senha antiga.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: no password was given to delete it. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>O cofre de chaves %1 ainda guarda a chave do conjunto de backups antigo %2: nenhuma senha foi informada para apagá-la. Quem guardou uma cópia desse conjunto ainda pode abri-lo lá com a senha antiga.</translation>
    </message>
    <message>
        <source>The key vault %1 still keeps the key of the old backup set %2: the new key or new protection that retired it was interrupted before the key was deleted. Whoever kept a copy of that set can still open it there with the old password.</source>
        <translation>O cofre de chaves %1 ainda guarda a chave do conjunto de backups antigo %2: a nova chave ou a nova proteção que o substituiu foi interrompida antes de a chave ser apagada. Quem guardou uma cópia desse conjunto ainda pode abri-lo lá com a senha antiga.</translation>
    </message>
    <message>
        <source>A key vault record is deleted with its password, not a %1-digit key.</source>
        <translation>Um registro do cofre de chaves é apagado com a senha dele, não com uma chave de %1 dígitos.</translation>
    </message>
    <message>
        <source>The key vault has no key for this backup (it may have been deleted).</source>
        <translation>O cofre de chaves não tem nenhuma chave para este backup (ela pode ter sido apagada).</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it changed the password; the new password may already be in effect.</source>
        <translation>O cofre de chaves parou de responder enquanto alterava a senha; a nova senha talvez já esteja em vigor.</translation>
    </message>
    <message>
        <source>The key vault stopped answering while it deleted this backup&apos;s key; the key may already be deleted.</source>
        <translation>O cofre de chaves parou de responder enquanto excluía a chave deste backup; a chave talvez já tenha sido excluída.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault did not answer how many attempts remain.</source>
        <translation>Senha incorreta. O cofre de chaves não respondeu quantas tentativas restam.</translation>
    </message>
    <message>
        <source>Set it to an http://, socks5:// or socks5h:// proxy address, or unset it.</source>
        <translation>Defina ali um endereço de proxy http://, socks5:// ou socks5h://, ou remova a configuração.</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: %2 proxies are not supported (only http, socks5 and socks5h).</source>
        <extracomment>%1: where the proxy is set (an environment variable such as HTTPS_PROXY), %2: the kind of proxy given (such as socks4)</extracomment>
        <translation>Não é possível usar o proxy definido em %1: proxies %2 não são suportados (apenas http, socks5 e socks5h).</translation>
    </message>
    <message>
        <source>The proxy set in %1 cannot be used: it is not a proxy address.</source>
        <translation>Não é possível usar o proxy definido em %1: não é um endereço de proxy.</translation>
    </message>
    <message>
        <source>Compare that group with the key you saved, or open the key file you saved.</source>
        <translation>Compare esse grupo com a chave que você salvou ou abra o arquivo de chave que você salvou.</translation>
    </message>
    <message>
        <source>Group %1 of the key has %2 digits instead of %3.</source>
        <extracomment>%1: which group of the 64-digit key (1 to 16), %2: how many digits it has, %3: how many it should have</extracomment>
        <translation>O grupo %1 da chave tem %2 dígitos em vez de %3.</translation>
    </message>
    <message>
        <source>Group %1 of the key has “%2”, which no key has: a key has only the digits 0-9 and the letters a-f.</source>
        <translation>O grupo %1 da chave tem “%2”, que nenhuma chave tem: uma chave tem apenas os dígitos 0-9 e as letras a-f.</translation>
    </message>
    <message>
        <source>Leave this chat out of the backup, then back up again.</source>
        <translation>Deixe este chat fora do backup e faça o backup de novo.</translation>
    </message>
    <message>
        <source>Make a new key (New password and new backup key, or backupgui-cli key rotate): it backs up into a new set and removes this one.</source>
        <translation>Crie uma nova chave (Nova senha e nova chave de backup, ou backupgui-cli key rotate): ela faz o backup em um conjunto novo e remove este.</translation>
    </message>
    <message>
        <source>The chat %1 holds a message dated outside the years %2 to %3, which a backup cannot hold. The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2 and %3: years</extracomment>
        <translation>O chat %1 tem uma mensagem com data fora dos anos %2 a %3, que um backup não comporta. O backup foi interrompido; a biblioteca e os backups anteriores continuam iguais.</translation>
    </message>
    <message>
        <source>This backup set (%1) holds a backup with the highest number a backup can have, which only a crafted backup reaches: no backup can follow it. Nothing was backed up.</source>
        <translation>Este conjunto de backups (%1) tem um backup com o maior número que um backup pode ter, ao qual só um backup forjado chega: nenhum backup pode vir depois dele. Nada foi salvo.</translation>
    </message>
    <message>
        <source>object %1 is not a regular file</source>
        <translation>o objeto %1 não é um arquivo comum</translation>
    </message>
    <message>
        <source>the file %1 has the wrong content</source>
        <translation>o arquivo %1 tem o conteúdo errado</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>o arquivo %1 está faltando</translation>
    </message>
    <message>
        <source>the messages of %1 in %2 are missing</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05)</extracomment>
        <translation>as mensagens de %1 em %2 estão faltando</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk is full.</source>
        <translation>Não é possível ler %1: o disco está cheio.</translation>
    </message>
    <message>
        <source>%1 cannot be read: there is not enough memory.</source>
        <translation>Não é possível ler %1: não há memória suficiente.</translation>
    </message>
    <message>
        <source>%1 could not be read from the disk; copy it again and try again.</source>
        <translation>Não foi possível ler %1 do disco; copie-o de novo e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is a damaged zip file.</source>
        <translation>%1 é um arquivo zip danificado.</translation>
    </message>
    <message>
        <source>%1 is compressed in a way backupgui cannot read; unpack it with another program and choose the folder.</source>
        <translation>%1 está compactado de um jeito que o backupgui não consegue ler; descompacte-o com outro programa e escolha a pasta.</translation>
    </message>
    <message>
        <source>%1 is cut short (the download or copy did not finish); copy it again.</source>
        <translation>%1 está incompleto (o download ou a cópia não terminou); copie-o de novo.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 está danificado ou não é um banco de dados.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 está danificado.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it and try again.</source>
        <translation>%1 está em uso por outro programa; feche-o e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is not a database.</source>
        <translation>%1 não é um banco de dados.</translation>
    </message>
    <message>
        <source>The backup&apos;s key bag is damaged.</source>
        <translation>O conjunto de chaves do backup está danificado.</translation>
    </message>
    <message>
        <source>The message database</source>
        <translation>O banco de dados de mensagens</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>uma parte do caminho é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>backupgui is not allowed to use it (check its permissions)</source>
        <translation>o backupgui não tem permissão para usá-lo (verifique as permissões)</translation>
    </message>
    <message>
        <source>it does not exist (it may have been moved or deleted)</source>
        <translation>não existe (pode ter sido movido ou apagado)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>it leads through too many symbolic links (or through a loop of them)</source>
        <translation>passa por links simbólicos demais (ou por um ciclo deles)</translation>
    </message>
    <message>
        <source>its name is too long for this system</source>
        <translation>o nome é longo demais para este sistema</translation>
    </message>
    <message>
        <source>refused: it became a symbolic link while importing</source>
        <translation>recusado: virou um link simbólico durante a importação</translation>
    </message>
    <message>
        <source>refused: it is no longer a regular file</source>
        <translation>recusado: não é mais um arquivo comum</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>o disco é somente leitura</translation>
    </message>
    <message>
        <source>the disk reported a read or write error (it may be failing or was removed)</source>
        <translation>o disco informou um erro de leitura ou gravação (pode estar falhando ou foi removido)</translation>
    </message>
    <message>
        <source>the system reported an error (the log has the details)</source>
        <translation>o sistema informou um erro (o registro tem os detalhes)</translation>
    </message>
    <message>
        <source>Checking the free space</source>
        <translation>Verificando o espaço livre</translation>
    </message>
    <message>
        <source>Free some disk space or restore fewer chats. Nothing was changed.</source>
        <translation>Libere espaço em disco ou restaure menos conversas. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not enough free space to restore: about %1 MB needed, %2 MB free on the library&apos;s disk. Nothing was changed.</source>
        <translation>Não há espaço livre suficiente para restaurar: são necessários cerca de %1 MB e há %2 MB livres no disco da biblioteca. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Change the file&apos;s permissions, or choose a copy you own.</source>
        <translation>Altere as permissões do arquivo ou escolha uma cópia que seja sua.</translation>
    </message>
    <message>
        <source>Check that its folder exists and that you may read and write it.</source>
        <translation>Verifique se a pasta dele existe e se você pode ler e gravar nela.</translation>
    </message>
    <message>
        <source>Check the drive, then try again.</source>
        <translation>Verifique a unidade e tente de novo.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions, or whether its drive is mounted read-only.</source>
        <translation>Verifique as permissões da pasta ou se a unidade dela está montada somente para leitura.</translation>
    </message>
    <message>
        <source>Choose the backup folder again.</source>
        <translation>Escolha a pasta do backup de novo.</translation>
    </message>
    <message>
        <source>Choose the client JSON file itself.</source>
        <translation>Escolha o próprio arquivo JSON do cliente.</translation>
    </message>
    <message>
        <source>Move that folder out of the backup folder, then try again.</source>
        <translation>Tire essa pasta da pasta do backup e tente de novo.</translation>
    </message>
    <message>
        <source>Restore the library from a backup, or move the file away to start a new library.</source>
        <translation>Restaure a biblioteca de um backup ou mova o arquivo para outro lugar para começar uma biblioteca nova.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be reached: a folder on its way is a file.</source>
        <translation>Não é possível chegar ao arquivo do cliente OAuth do Google %1: uma pasta no caminho é um arquivo.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is a folder, not a file.</source>
        <translation>O arquivo do cliente OAuth do Google %1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is not a client file: it is not valid JSON.</source>
        <translation>O arquivo do cliente OAuth do Google %1 não é um arquivo de cliente: não é um JSON válido.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 is too large to be a client file.</source>
        <translation>O arquivo do cliente OAuth do Google %1 é grande demais para ser um arquivo de cliente.</translation>
    </message>
    <message>
        <source>The backup folder holds a folder where a file of the backup belongs.</source>
        <translation>A pasta do backup tem uma pasta onde deveria estar um arquivo do backup.</translation>
    </message>
    <message>
        <source>The backup folder, or a folder on its way, is a file or a link instead of a folder.</source>
        <translation>A pasta do backup, ou uma pasta no caminho até ela, é um arquivo ou um link em vez de uma pasta.</translation>
    </message>
    <message>
        <source>The chat library cannot be changed: its file or folder is read-only.</source>
        <translation>Não é possível alterar a biblioteca de conversas: o arquivo ou a pasta dela está somente leitura.</translation>
    </message>
    <message>
        <source>The chat library could not be used.</source>
        <translation>Não foi possível usar a biblioteca de conversas.</translation>
    </message>
    <message>
        <source>The chat library file cannot be opened.</source>
        <translation>Não é possível abrir o arquivo da biblioteca de conversas.</translation>
    </message>
    <message>
        <source>The chat library file is damaged.</source>
        <translation>O arquivo da biblioteca de conversas está danificado.</translation>
    </message>
    <message>
        <source>The chat library file is not a chat library (it is not an SQLite database).</source>
        <translation>O arquivo da biblioteca de conversas não é uma biblioteca de conversas (não é um banco de dados SQLite).</translation>
    </message>
    <message>
        <source>The disk that holds the chat library reported an error.</source>
        <translation>A unidade que contém a biblioteca de conversas informou um erro.</translation>
    </message>
    <message>
        <source>The drive that holds the backup folder reported an error.</source>
        <translation>A unidade que contém a pasta do backup informou um erro.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 MiB per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <extracomment>%1: a chat&apos;s name, %2: a month (year-month, such as 2024-05), %3: a number</extracomment>
        <translation>As mensagens de %1 em %2 são mais do que um backup comporta (no máximo %3 MiB por chat e mês). O backup foi interrompido; a biblioteca e os backups anteriores continuam iguais.</translation>
    </message>
    <message>
        <source>The messages of %1 in %2 are more than one backup can hold (at most %3 bytes per chat and month). The backup was stopped; the library and earlier backups are unchanged.</source>
        <translation>As mensagens de %1 em %2 são mais do que um backup comporta (no máximo %3 bytes por chat e mês). O backup foi interrompido; a biblioteca e os backups anteriores continuam iguais.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for the chat library.</source>
        <translation>Não há espaço livre suficiente no disco para a biblioteca de conversas.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, the log has the details.</source>
        <translation>Tente de novo; se acontecer de novo, o registro tem os detalhes.</translation>
    </message>
    <message>
        <source>backupgui is not allowed to read the Google OAuth client file %1.</source>
        <translation>O backupgui não tem permissão para ler o arquivo do cliente OAuth do Google %1.</translation>
    </message>
    <message>
        <source>folder %1 on the way to object %2 is a link or a file, not a folder</source>
        <extracomment>%1: a folder&apos;s path in the backup folder, %2: a backup object&apos;s internal name</extracomment>
        <translation>a pasta %1 no caminho até o objeto %2 é um link ou um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>Google could not be reached to finish the sign-in.</source>
        <translation>Não foi possível falar com o Google para concluir o login.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in&apos;s answer: it expired or was already used.</source>
        <translation>O Google não aceitou a resposta do login: ela expirou ou já foi usada.</translation>
    </message>
    <message>
        <source>Google does not accept this OAuth client: it was deleted, or the client file is out of date.</source>
        <translation>O Google não aceita este cliente OAuth: ele foi excluído ou o arquivo do cliente está desatualizado.</translation>
    </message>
    <message>
        <source>The password store refused the request: it may be locked, or its service may not be running.</source>
        <translation>O armazenamento de senhas recusou a solicitação: ele pode estar bloqueado ou o serviço dele pode não estar em execução.</translation>
    </message>
    <message>
        <source>The key vault address must be a web address (http:// or https://), or several addresses of the same vault separated by commas: at most %1, none twice.</source>
        <translation>O endereço do cofre de chaves deve ser um endereço da web (http:// ou https://), ou vários endereços do mesmo cofre separados por vírgulas: no máximo %1, nenhum repetido.</translation>
    </message>
    <message>
        <source>The key vault at %1 has another identity (server key) than the one at %2; nothing was stored.</source>
        <extracomment>%1, %2: two addresses given for the same key vault</extracomment>
        <translation>O cofre de chaves em %1 tem outra identidade (chave do servidor) que o de %2; nada foi armazenado.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 days, weeks, months or years for older backups.</source>
        <translation>Escolha de %1 a %2 dias, semanas, meses ou anos para os backups mais antigos.</translation>
    </message>
    <message>
        <source>A file of the backup is larger than the drive that holds the backup folder allows.</source>
        <translation>Um arquivo do backup é maior do que a unidade que contém a pasta do backup permite.</translation>
    </message>
    <message>
        <source>Check the connection to the network drive, then try again.</source>
        <translation>Verifique a conexão com a unidade de rede e tente de novo.</translation>
    </message>
    <message>
        <source>Choose a folder on a drive that takes large files (not FAT32), then try again.</source>
        <translation>Escolha uma pasta em uma unidade que aceite arquivos grandes (não FAT32) e tente de novo.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path.</source>
        <translation>Escolha uma pasta com um caminho mais curto.</translation>
    </message>
    <message>
        <source>Close some programs, then try again.</source>
        <translation>Feche alguns programas e tente de novo.</translation>
    </message>
    <message>
        <source>The Google OAuth client file %1 cannot be read: %2.</source>
        <translation>Não é possível ler o arquivo de cliente OAuth do Google %1: %2.</translation>
    </message>
    <message>
        <source>The computer ran short of memory or open files while using the backup folder.</source>
        <translation>O computador ficou sem memória ou sem arquivos abertos disponíveis ao usar a pasta do backup.</translation>
    </message>
    <message>
        <source>The network drive that holds the backup folder did not answer.</source>
        <translation>A unidade de rede que contém a pasta do backup não respondeu.</translation>
    </message>
    <message>
        <source>The path of the backup folder is too long for this system.</source>
        <translation>O caminho da pasta do backup é longo demais para este sistema.</translation>
    </message>
    <message>
        <source>another program is using it (close that program and try again)</source>
        <translation>outro programa o está usando (feche esse programa e tente de novo)</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>o arquivo é maior do que este disco ou esta conta permite</translation>
    </message>
    <message>
        <source>the network drive that holds it did not answer (check the connection)</source>
        <translation>a unidade de rede que o contém não respondeu (verifique a conexão)</translation>
    </message>
    <message>
        <source>the system has too many files open (close some programs and try again)</source>
        <translation>o sistema está com arquivos abertos demais (feche alguns programas e tente de novo)</translation>
    </message>
    <message>
        <source>there is not enough memory (close some programs and try again)</source>
        <translation>não há memória suficiente (feche alguns programas e tente de novo)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; it is not read.</source>
        <translation>%1 não é um arquivo comum; ele não é lido.</translation>
    </message>
    <message>
        <source>%1 takes far longer to read than a database of its size can; it is refused.</source>
        <translation>%1 demora muito mais para ser lido do que um banco de dados do tamanho dele pode demorar; ele foi recusado.</translation>
    </message>
    <message>
        <source>This iPhone backup lists more than %1 files of WhatsApp (Manifest.db), more than any phone keeps; it is refused.</source>
        <translation>Este backup do iPhone lista mais de %1 arquivos do WhatsApp (Manifest.db), mais do que qualquer celular guarda; ele foi recusado.</translation>
    </message>
    <message>
        <source>Some messages of this backup differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Algumas mensagens deste backup diferem da cópia da mesma mensagem na biblioteca (editadas desde então ou alteradas em outro lugar). As duas versões foram mantidas.</translation>
    </message>
    <message>
        <source>Some messages of this export differ from the library&apos;s copy of the same message (edited since, or changed elsewhere). Both versions were kept.</source>
        <translation>Algumas mensagens desta exportação diferem da cópia da mesma mensagem na biblioteca (editadas desde então ou alteradas em outro lugar). As duas versões foram mantidas.</translation>
    </message>
    <message>
        <source>Another computer (%1) also backed up into this backup set in the last %2 days. Nothing is lost: the backups of both are kept in one history. If it is a computer you replaced, turn off its backups there.</source>
        <extracomment>%1: the other computer&apos;s name, %2: a number of days</extracomment>
        <translation>Outro computador (%1) também fez backup neste conjunto de backups nos últimos %2 dias. Nada se perde: os backups dos dois ficam em um único histórico. Se for um computador que você substituiu, desative os backups dele lá.</translation>
    </message>
    <message>
        <source>Back up again: what the removed parts held is sent again.</source>
        <translation>Faça o backup de novo: o que as partes removidas continham é enviado outra vez.</translation>
    </message>
    <message>
        <source>Parts of the backup that this backup reuses were removed while it ran: %1. Another computer backing up into the same backup set may have removed them. Nothing was saved as a new backup; the backups before it are unchanged.</source>
        <extracomment>%1: how many parts</extracomment>
        <translation>Partes do backup que este backup reutiliza foram removidas enquanto ele era feito: %1. Outro computador que faz backup no mesmo conjunto de backups pode tê-las removido. Nenhum backup novo foi salvo; os backups anteriores não mudaram.</translation>
    </message>
    <message>
        <source>calls whose record cannot be read</source>
        <translation>chamadas cujo registro não pode ser lido</translation>
    </message>
    <message>
        <source>Another computer (%1) is backing up into this backup set; try again when it has finished.</source>
        <translation>Outro computador (%1) está fazendo backup neste conjunto de backups; tente de novo quando ele terminar.</translation>
    </message>
    <message>
        <source>Another computer (%1) is changing this backup set&apos;s key or password; try again in a few minutes.</source>
        <translation>Outro computador (%1) está mudando a chave ou a senha deste conjunto de backups; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>Another computer (%1) is cleaning up this backup set; try again in a few minutes.</source>
        <translation>Outro computador (%1) está limpando este conjunto de backups; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: another computer (%1) is using this backup set. A later backup removes them.</source>
        <translation>Os backups antigos não foram removidos desta vez: outro computador (%1) está usando este conjunto de backups. Um backup posterior os remove.</translation>
    </message>
    <message>
        <source>Old backups were not removed this time: the backup set holds more lock objects than computers backing up make. A later backup removes them.</source>
        <translation>Os backups antigos não foram removidos desta vez: o conjunto de backups contém mais objetos de bloqueio do que os computadores que fazem backup criam. Um backup posterior os remove.</translation>
    </message>
    <message>
        <source>The backup set holds %1 fresh lock objects, more than computers backing up make: someone who can write to the destination may have put them there. Nothing was changed.</source>
        <translation>O conjunto de backups contém %1 objetos de bloqueio recentes, mais do que os computadores que fazem backup criam: alguém que pode gravar no destino pode tê-los colocado lá. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Waiting for another computer to finish with the backup set</source>
        <translation>Esperando outro computador terminar de usar o conjunto de backups</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are damaged, or this is not a backupgui backup.</source>
        <translation>As configurações do backup estão danificadas, ou este não é um backup do backupgui.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (the key check failed).</source>
        <translation>As configurações do backup foram alteradas (a verificação da chave falhou).</translation>
    </message>
    <message>
        <source>The backup&apos;s settings were changed (they fail their authentication check).</source>
        <translation>As configurações do backup foram alteradas (elas não passam na verificação de autenticidade).</translation>
    </message>
    <message>
        <source>The settings of backup set %1 belong to another backup set.</source>
        <translation>As configurações do conjunto de backups %1 pertencem a outro conjunto de backups.</translation>
    </message>
    <message>
        <source>This backup&apos;s settings say format version %1, which this version of backupgui cannot read. Update backupgui.</source>
        <translation>As configurações deste backup indicam o formato versão %1, que esta versão do backupgui não consegue ler. Atualize o backupgui.</translation>
    </message>
    <message>
        <source>backup set %1 has damaged settings; ignored</source>
        <translation>o conjunto de backups %1 tem configurações danificadas; ignorado</translation>
    </message>
    <message>
        <source>backup set %1 has no settings (a change of key may have been interrupted); ignored</source>
        <translation>o conjunto de backups %1 não tem configurações (talvez uma troca de chave tenha sido interrompida); ignorado</translation>
    </message>
    <message>
        <source>calls with an outcome backupgui does not show</source>
        <translation>chamadas com um resultado que o backupgui não mostra</translation>
    </message>
    <message>
        <source>%1, in another chat</source>
        <extracomment>where the other copy of a message came from, and that it is in another chat</extracomment>
        <translation>%1, em outra conversa</translation>
    </message>
    <message>
        <source>Edited: two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Editada: duas versões desta mensagem. Esta: %1. A outra: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message, from different senders. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Duas versões desta mensagem, de remetentes diferentes. Esta: %1. A outra: %2.</translation>
    </message>
    <message>
        <source>Two versions of this message. This one: %1. The other: %2.</source>
        <extracomment>%1, %2: where each copy came from</extracomment>
        <translation>Duas versões desta mensagem. Esta: %1. A outra: %2.</translation>
    </message>
    <message>
        <source>already in the library before it recorded where messages came from</source>
        <extracomment>where a copy of a message came from</extracomment>
        <translation>já estava na biblioteca antes de ela registrar de onde vêm as mensagens</translation>
    </message>
    <message>
        <source>from a backup restored on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>de um backup restaurado em %1</translation>
    </message>
    <message>
        <source>from the export imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>da exportação importada em %1</translation>
    </message>
    <message>
        <source>from the phone backup imported on %1</source>
        <extracomment>where a copy of a message came from; %1: date and time</extracomment>
        <translation>do backup do celular importado em %1</translation>
    </message>
    <message>
        <source>Set %1 to a token granted with the drive.appdata scope, or unset it to use the sign-in saved by the app.</source>
        <translation>Defina %1 com um token concedido com o escopo drive.appdata ou remova a variável para usar o login salvo pelo app.</translation>
    </message>
    <message>
        <source>Sign in again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Entre de novo e, na página do Google, marque a caixa que permite ao backupgui ver, criar e excluir os próprios dados no seu Google Drive.</translation>
    </message>
    <message>
        <source>Sign in to Google Drive again and, on Google&apos;s page, tick the box that lets backupgui see, create and delete its own data in your Google Drive.</source>
        <translation>Entre de novo no Google Drive e, na página do Google, marque a caixa que permite ao backupgui ver, criar e excluir os próprios dados no seu Google Drive.</translation>
    </message>
    <message>
        <source>The Google sign-in does not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>O login do Google não permite que o backupgui use o Google Drive: a permissão para os próprios dados dele no Google Drive não foi marcada.</translation>
    </message>
    <message>
        <source>The access token in %1 does not allow backupgui to use Google Drive (it was granted without the Drive permission).</source>
        <translation>O token de acesso em %1 não permite que o backupgui use o Google Drive (ele foi concedido sem a permissão do Drive).</translation>
    </message>
    <message>
        <source>You did not allow backupgui to use Google Drive: the permission for its own data in Google Drive was not ticked.</source>
        <translation>Você não permitiu que o backupgui usasse o Google Drive: a permissão para os próprios dados dele no Google Drive não foi marcada.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui to use Google Drive, or sign in with another Google account. Trying again does not help until then.</source>
        <translation>Peça ao administrador do seu Google Workspace que permita que o backupgui use o Google Drive, ou entre com outra Conta do Google. Até lá, tentar de novo não adianta.</translation>
    </message>
    <message>
        <source>Google Drive does not let backupgui in: the administrator of this Google Workspace account (a work or school account) has turned off Drive apps.</source>
        <translation>O Google Drive não deixa o backupgui entrar: o administrador desta conta do Google Workspace (uma conta de trabalho ou escolar) desativou os apps do Drive.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to allow backupgui, or sign in with another Google account.</source>
        <translation>Peça ao administrador do seu Google Workspace que autorize o backupgui, ou entre com outra Conta do Google.</translation>
    </message>
    <message>
        <source>Sign in with an account of that organization, or use another OAuth client.</source>
        <translation>Entre com uma conta dessa organização ou use outro cliente OAuth.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace account (a work or school account) does not allow backupgui to sign in with it.</source>
        <translation>O administrador desta conta do Google Workspace (uma conta de trabalho ou escolar) não permite que o backupgui faça login com ela.</translation>
    </message>
    <message>
        <source>This OAuth client is only for the Google accounts of its own organization, and this account is not one of them.</source>
        <translation>Este cliente OAuth é só para as Contas do Google da própria organização dele, e esta conta não é uma delas.</translation>
    </message>
    <message>
        <source>Wrong password. The key vault allows many more attempts before it destroys the key.</source>
        <translation>Senha incorreta. O cofre de chaves permite muitas outras tentativas antes de destruir a chave.</translation>
    </message>
    <message>
        <source>Ask your Google Workspace administrator to set up access for backupgui, or sign in with another Google account.</source>
        <translation>Peça ao administrador do seu Google Workspace que configure o acesso para o backupgui, ou entre com outra Conta do Google.</translation>
    </message>
    <message>
        <source>The administrator of this Google Workspace for Education account (a school account) has not set up access for backupgui.</source>
        <translation>O administrador desta conta do Google Workspace for Education (uma conta escolar) não configurou o acesso para o backupgui.</translation>
    </message>
</context>
<context>
    <name>destinations</name>
    <message>
        <source>No folder chosen</source>
        <translation>Nenhuma pasta escolhida</translation>
    </message>
    <message>
        <source>Google Drive emulator (%1)</source>
        <translation>Emulador do Google Drive (%1)</translation>
    </message>
    <message>
        <source>Google Drive (not signed in)</source>
        <translation>Google Drive (não conectado)</translation>
    </message>
    <message>
        <source>No backup destination is chosen.</source>
        <translation>Nenhum destino de backup foi escolhido.</translation>
    </message>
    <message>
        <source>Open Settings and choose a folder or Google Drive.</source>
        <translation>Abra as Configurações e escolha uma pasta ou o Google Drive.</translation>
    </message>
    <message>
        <source>No backup folder is chosen.</source>
        <translation>Nenhuma pasta de backup foi escolhida.</translation>
    </message>
    <message>
        <source>Choose a folder in Settings.</source>
        <translation>Escolha uma pasta nas Configurações.</translation>
    </message>
    <message>
        <source>Google Drive is not available in this version yet.</source>
        <translation>O Google Drive ainda não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>Choose a folder as the destination in Settings for now.</source>
        <translation>Por enquanto, escolha uma pasta como destino nas Configurações.</translation>
    </message>
    <message>
        <source>Unknown destination.</source>
        <translation>Destino desconhecido.</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>Escolha um nas Configurações.</translation>
    </message>
    <message>
        <source>You are not signed in to Google Drive.</source>
        <translation>Você não está conectado ao Google Drive.</translation>
    </message>
    <message>
        <source>Open Settings and sign in to Google Drive.</source>
        <translation>Abra as Configurações e entre no Google Drive.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>backupgui is not allowed to use a file or folder it needs.</source>
        <translation>O backupgui não tem permissão para usar um arquivo ou uma pasta de que precisa.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions or choose another folder.</source>
        <translation>Verifique as permissões da pasta ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>O disco está cheio.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Libere espaço em disco e tente de novo.</translation>
    </message>
    <message>
        <source>Something went wrong that backupgui did not expect.</source>
        <translation>Algo deu errado que o backupgui não esperava.</translation>
    </message>
    <message>
        <source>Your chats and backups were not changed. The log has the details; please include it if you report the problem.</source>
        <translation>Suas conversas e backups não foram alterados. O registro tem os detalhes; inclua-o se for relatar o problema.</translation>
    </message>
    <message>
        <source>backupgui</source>
        <translation>backupgui</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Mostrar registro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
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
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ontem, %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <comment>inside a sentence</comment>
        <translation>hoje, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <comment>inside a sentence</comment>
        <translation>ontem, %1</translation>
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

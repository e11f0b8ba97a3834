<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>DayBanner</name>
    <message>
        <source>Conference day served by this desk</source>
        <translation>Día de la conferencia atendido por este mostrador</translation>
    </message>
    <message>
        <source>Checking in for today, {day}.</source>
        <translation>Registro para hoy, {day}.</translation>
    </message>
    <message>
        <source>⚠ Checking in for {day} — this is NOT today's date (today is {today}).</source>
        <translation>⚠ Registro para el {day}: NO es la fecha de hoy (hoy es {today}).</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Press Enter to check in the highlighted person.</source>
        <translation>Pulse Intro para registrar a la persona resaltada.</translation>
    </message>
    <message>
        <source>Check-in undone for {name}.</source>
        <translation>Registro anulado para {name}.</translation>
    </message>
    <message>
        <source>Checked in for this day: {checked} of {registered} · at this desk: {desk}</source>
        <translation>Registrados este día: {checked} de {registered} · en este mostrador: {desk}</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name, organisation or country…</source>
        <translation>Escanee una credencial o escriba un nombre, una organización o un país…</translation>
    </message>
    <message>
        <source>Scan or search</source>
        <translation>Escanear o buscar</translation>
    </message>
    <message>
        <source>Search results — ↑ ↓ to choose, Enter to check in</source>
        <translation>Resultados: ↑ ↓ para elegir, Intro para registrar</translation>
    </message>
    <message>
        <source>Latest check-ins at this desk</source>
        <translation>Últimos registros en este mostrador</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} {version}
Registration desk for {event}.</source>
        <translation>{app} {version}
Mostrador de acreditación para {event}.</translation>
    </message>
    <message>
        <source>Register a &amp;walk-in…</source>
        <translation>Inscribir a un participante &amp;in situ…</translation>
    </message>
    <message>
        <source>Desk &amp;settings…</source>
        <translation>&amp;Configuración del mostrador…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Check-in</source>
        <translation>&amp;Acerca de Check-in</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Mostrador</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>no operator set (Ctrl+,)</source>
        <translation>ningún operador indicado (Ctrl+,)</translation>
    </message>
    <message>
        <source>Desk: {desk} · Operator: {operator}</source>
        <translation>Mostrador: {desk} · Operador: {operator}</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>checked in {time}</source>
        <translation>registrado a las {time}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Desk settings</source>
        <translation>Configuración del mostrador</translation>
    </message>
    <message>
        <source>e.g. Entrance A – desk 2</source>
        <translation>p. ej., Entrada A – mostrador 2</translation>
    </message>
    <message>
        <source>Your name, recorded with each check-in</source>
        <translation>Su nombre, que se registra con cada entrada</translation>
    </message>
    <message>
        <source>Mute the verdict sounds</source>
        <translation>Silenciar las señales sonoras</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nombre del mostrador</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Checked in</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Código desconocido</translation>
    </message>
    <message>
        <source>Invalid code</source>
        <translation>Código no válido</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>Credencial sustituida</translation>
    </message>
    <message>
        <source>Not registered for this day</source>
        <translation>No inscrito para este día</translation>
    </message>
    <message>
        <source>Welcome. Hand over the badge.</source>
        <translation>Bienvenida. Entregue la credencial.</translation>
    </message>
    <message>
        <source>This person has already been checked in for this day.</source>
        <translation>Esta persona ya ha sido registrada para este día.</translation>
    </message>
    <message>
        <source>This code does not belong to this event. Search by name instead.</source>
        <translation>Este código no pertenece a este evento. Busque por nombre.</translation>
    </message>
    <message>
        <source>The code is damaged or forged. Search the person by name and check their ID.</source>
        <translation>El código está dañado o falsificado. Busque a la persona por nombre y verifique su documento de identidad.</translation>
    </message>
    <message>
        <source>This badge was replaced and is no longer valid. Keep it and send the person to the badge desk.</source>
        <translation>Esta credencial fue sustituida y ya no es válida. Retírela y envíe a la persona al mostrador de credenciales.</translation>
    </message>
    <message>
        <source>Registered for another day only. Admit anyway if a supervisor agrees.</source>
        <translation>Inscrito solo para otro día. Admitir de todos modos si un supervisor lo autoriza.</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>See supervisor</source>
        <translation>Ver al supervisor</translation>
    </message>
    <message>
        <source>The scan was empty. Scan the code again.</source>
        <translation>La lectura está vacía. Escanee el código de nuevo.</translation>
    </message>
    <message>
        <source>This person is not checked in for this day.</source>
        <translation>Esta persona no está registrada para este día.</translation>
    </message>
    <message>
        <source>Enter at least a first name or a family name.</source>
        <translation>Indique al menos un nombre o un apellido.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Elija una categoría.</translation>
    </message>
    <message>
        <source>The desk database is in use by another program. Close it and try again. Nothing was lost.</source>
        <translation>La base de datos del mostrador está en uso por otro programa. Ciérrelo e inténtelo de nuevo. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>The desk database cannot be written. Check the disk and folder permissions. Nothing was lost.</source>
        <translation>No se puede escribir en la base de datos del mostrador. Compruebe el disco y los permisos de la carpeta. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Check-in. Update the application.</source>
        <translation>Esta base de datos fue creada por una versión más reciente de Check-in. Actualice la aplicación.</translation>
    </message>
    <message>
        <source>No event is loaded on this desk.</source>
        <translation>No hay ningún evento cargado en este mostrador.</translation>
    </message>
    <message>
        <source>The desk database cannot be used. Call a supervisor.</source>
        <translation>No se puede usar la base de datos del mostrador. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost. Try again or call a supervisor.</source>
        <translation>Se ha producido un error. No se ha perdido nada. Inténtelo de nuevo o llame a un supervisor.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scan a badge or type a name.</source>
        <translation>Escanee una credencial o escriba un nombre.</translation>
    </message>
    <message>
        <source>Admit anyway (F2)</source>
        <translation>Admitir de todos modos (F2)</translation>
    </message>
    <message>
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>Anular el registro (Ctrl+Z)</translation>
    </message>
    <message>
        <source>First checked in at {time} at desk {desk} by {operator}.</source>
        <translation>Registrado por primera vez a las {time} en el mostrador {desk} por {operator}.</translation>
    </message>
    <message>
        <source>Admitted although not registered for this day.</source>
        <translation>Admitido aunque no estaba inscrito para este día.</translation>
    </message>
    <message>
        <source>Badge {presented} presented; the current badge is {current}.</source>
        <translation>Se presentó la credencial n.º {presented}; la vigente es la n.º {current}.</translation>
    </message>
    <message>
        <source>Read through the scanner's keyboard-layout correction.</source>
        <translation>Leído gracias a la corrección de la distribución de teclado del lector.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Inscripción in situ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>A first name or a family name is required; the rest is optional.</source>
        <translation>Se requiere un nombre o un apellido; el resto es opcional.</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Inscribir y registrar</translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApplyPage</name>
    <message>
        <source>Importing</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>The list is written in one go: if you cancel, nothing of it is kept.</source>
        <translation>La lista se guarda de una sola vez: si cancela, no se conserva nada de ella.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Comparing with the participants on this desk…</source>
        <translation>Comparando con los participantes de este mostrador…</translation>
    </message>
    <message>
        <source>Written {done} of {total} changes…</source>
        <translation>{done} de {total} cambios guardados…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>No one has arrived yet.</source>
        <translation>Todavía no ha llegado nadie.</translation>
    </message>
    <message numerus="yes">
        <source>Busiest quarter hour: {start}–{end}, %Ln arrival(s).</source>
        <translation>
            <numerusform>Cuarto de hora con más llegadas: {start}–{end}, %Ln llegada.</numerusform>
            <numerusform>Cuarto de hora con más llegadas: {start}–{end}, %Ln llegadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start}–{end}: %Ln arrival(s)</source>
        <translation>
            <numerusform>{start}–{end}: %Ln llegada</numerusform>
            <numerusform>{start}–{end}: %Ln llegadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message>
        <source>Whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <source>{percent} of those registered</source>
        <translation>{percent} de los inscritos</translation>
    </message>
    <message>
        <source>registered, not seen on any day</source>
        <translation>inscritos que no vinieron ningún día</translation>
    </message>
    <message>
        <source>registered for this day</source>
        <translation>inscritos para este día</translation>
    </message>
    <message>
        <source>for the whole event</source>
        <translation>para todo el evento</translation>
    </message>
    <message>
        <source>each person counts once</source>
        <translation>cada persona cuenta una vez</translation>
    </message>
    <message>
        <source>{day}: {here} of {registered}</source>
        <translation>{day}: {here} de {registered}</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>{desk} (this desk)</source>
        <translation>{desk} (este mostrador)</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Actualizado a las {time}</translation>
    </message>
    <message>
        <source>Export the day&apos;s attendance</source>
        <translation>Exportar la asistencia del día</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) checked in on {day}: saved to {file}.</source>
        <translation>
            <numerusform>%Ln persona registrada el {day}: guardado en {file}.</numerusform>
            <numerusform>%Ln personas registradas el {day}: guardado en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance — {event}</source>
        <translation>Asistencia — {event}</translation>
    </message>
    <message>
        <source>Export this day…</source>
        <translation>Exportar este día…</translation>
    </message>
    <message>
        <source>Choose a day to export its attendance.</source>
        <translation>Elija un día para exportar su asistencia.</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Not arrived yet</source>
        <translation>Aún no llegaron</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <source>Duplicate check-ins</source>
        <translation>Registros duplicados</translation>
    </message>
    <message>
        <source>First arrivals per quarter hour</source>
        <translation>Primeras llegadas por cuarto de hora</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>By desk</source>
        <translation>Por mostrador</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>First arrivals</source>
        <translation>Primeras llegadas</translation>
    </message>
</context>
<context>
    <name>BadgeActions</name>
    <message>
        <source>&amp;Print badge…</source>
        <translation>&amp;Imprimir la credencial…</translation>
    </message>
    <message>
        <source>&amp;Replace badge…</source>
        <translation>&amp;Sustituir la credencial…</translation>
    </message>
    <message>
        <source>&amp;Batch print badges…</source>
        <translation>Imprimir credenciales en &amp;lote…</translation>
    </message>
    <message>
        <source>Scan or find a participant first.</source>
        <translation>Primero escanee o busque a un participante.</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Cancelar la impresión</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Replace badge…</source>
        <translation>Sustituir la credencial…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Badge — {name}</source>
        <translation>Credencial — {name}</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. You can save the badge as a PDF.</source>
        <translation>No hay ninguna impresora instalada en este ordenador. Puede guardar la credencial como PDF.</translation>
    </message>
    <message>
        <source>Replaced ({reason}) on {time} by {operator}{note}</source>
        <translation>Sustituida ({reason}) el {time} por {operator}{note}</translation>
    </message>
    <message>
        <source>This badge was printed on {time} ({layout}).</source>
        <translation>Esta credencial se imprimió el {time} ({layout}).</translation>
    </message>
    <message>
        <source>This badge has not been printed yet.</source>
        <translation>Esta credencial aún no se ha impreso.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>details corrected</source>
        <translation>datos corregidos</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>No font on this desk has the {scripts} letters of this badge: they print blank. Correct the name or the organisation with Replace badge › details corrected (a name can be given its Latin spelling there).</source>
        <translation>Ninguna fuente de este mostrador tiene las letras {scripts} de esta credencial: se imprimen en blanco. Corrija el nombre o la organización con Sustituir la credencial › datos corregidos (allí un nombre puede recibir su grafía latina).</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Save badge as PDF</source>
        <translation>Guardar la credencial como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>No se ha podido guardar el archivo: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>this folder may not be written to.</source>
        <translation>no se permite escribir en esta carpeta.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>la carpeta no existe.</translation>
    </message>
    <message>
        <source>a folder has this name.</source>
        <translation>ya existe una carpeta con ese nombre.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>el disco está lleno.</translation>
    </message>
    <message>
        <source>the disk or the folder refused it.</source>
        <translation>el disco o la carpeta lo ha rechazado.</translation>
    </message>
    <message>
        <source>Replacing a badge needs the supervisor PIN.</source>
        <translation>Reemplazar una credencial requiere el PIN del supervisor.</translation>
    </message>
    <message>
        <source>Badge replaced: version {version}. The old badge no longer admits.</source>
        <translation>Credencial sustituida: versión {version}. La anterior ya no da acceso.</translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message>
        <source>Badge sent to the printer for {name}.</source>
        <translation>Credencial de {name} enviada a la impresora.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln badge(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln credencial enviada a la impresora.</numerusform>
            <numerusform>%Ln credenciales enviadas a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeSummary</name>
    <message numerus="yes">
        <source>Badge version {version} · replaced %n time(s)</source>
        <translation>
            <numerusform>Credencial: versión {version} · sustituida %n vez</numerusform>
            <numerusform>Credencial: versión {version} · sustituida %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>No participant has this id.</source>
        <translation>Ningún participante tiene este identificador.</translation>
    </message>
    <message>
        <source>Choose why the badge is replaced.</source>
        <translation>Elija por qué se sustituye la credencial.</translation>
    </message>
    <message>
        <source>Say why the badge is replaced.</source>
        <translation>Indique por qué se sustituye la credencial.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>La nota es demasiado larga (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>This badge layout is not available.</source>
        <translation>Este formato de credencial no está disponible.</translation>
    </message>
    <message>
        <source>The event&apos;s badge settings are not valid. Call a supervisor.</source>
        <translation>La configuración de credenciales del evento no es válida. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>There is no badge to print.</source>
        <translation>No hay ninguna credencial que imprimir.</translation>
    </message>
    <message>
        <source>Badge version {version}</source>
        <translation>Credencial: versión {version}</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print badges in a batch</source>
        <translation>Imprimir credenciales en lote</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Solo las credenciales aún no impresas</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Registered for</source>
        <translation>Inscritos para</translation>
    </message>
    <message>
        <source>Badges to print: {count}</source>
        <translation>Credenciales por imprimir: {count}</translation>
    </message>
    <message>
        <source>No badge matches these filters.</source>
        <translation>Ninguna credencial coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln badge(s)…</source>
        <translation>
            <numerusform>Imprimiendo %Ln credencial…</numerusform>
            <numerusform>Imprimiendo %Ln credenciales…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed {done} of %Ln badge(s).</source>
        <translation>
            <numerusform>Credenciales impresas: {done} de %Ln.</numerusform>
            <numerusform>Credenciales impresas: {done} de %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}…</source>
        <translation>Impresas {done} de {total}…</translation>
    </message>
    <message>
        <source>Cancelling after the badges being printed now…</source>
        <translation>Se cancelará al terminar las credenciales en curso…</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something unexpected went wrong ({error}). What is recorded is safe; carry on, and tell a supervisor if it happens again.</source>
        <translation>Se ha producido un error inesperado ({error}). Los datos registrados están a salvo; puede continuar. Avise a un supervisor si vuelve a ocurrir.</translation>
    </message>
    <message>
        <source>Details: {path}</source>
        <translation>Detalles: {path}</translation>
    </message>
</context>
<context>
    <name>DayBanner</name>
    <message>
        <source>Automatic (today&apos;s date)</source>
        <translation>Automático (fecha de hoy)</translation>
    </message>
    <message>
        <source>Conference day served by this desk</source>
        <translation>Día de la conferencia atendido por este mostrador</translation>
    </message>
    <message>
        <source>Checking in for today, {day}.</source>
        <translation>Registro para hoy, {day}.</translation>
    </message>
    <message>
        <source>⚠ Checking in for {day} — this is NOT today&apos;s date (today is {today}).</source>
        <translation>⚠ Registro para el {day}: NO es la fecha de hoy (hoy es {today}).</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Press Enter to check in the highlighted person.</source>
        <extracomment>The lists&apos; width: wrapped titles no longer set it (their text was cut in FR/ES).</extracomment>
        <translation>Pulse Intro para registrar a la persona resaltada.</translation>
    </message>
    <message>
        <source>No one matches “{text}”: check the spelling, or press Ctrl+N to register a walk-in.</source>
        <translation>Nadie coincide con «{text}»: revise la ortografía o pulse Ctrl+N para una inscripción in situ.</translation>
    </message>
    <message>
        <source>A badge was scanned into the open dialog: the dialog was closed and the badge checked.</source>
        <translation>Se escaneó una credencial en la ventana abierta: la ventana se cerró y la credencial se verificó.</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Nadie coincide con «{text}».</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Anular el registro</translation>
    </message>
    <message>
        <source>Undo this check-in?

{row}</source>
        <translation>¿Anular este registro?

{row}</translation>
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
        <source>F2: choose the person in the list, or scan again.</source>
        <translation>F2: elija a la persona en la lista, o vuelva a escanear.</translation>
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
        <source>People matching what you type appear here.</source>
        <translation>Aquí aparecen las personas que coinciden con lo que escribe.</translation>
    </message>
    <message>
        <source>Latest check-ins at this desk</source>
        <translation>Últimos registros en este mostrador</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the participant list</source>
        <translation>Elegir la lista de participantes</translation>
    </message>
    <message>
        <source>CSV, tab-separated text or an Excel workbook (.xlsx), with column headers in English, French or Spanish. The format, encoding and separator are detected.</source>
        <translation>CSV, texto separado por tabulaciones o libro de Excel (.xlsx), con encabezados de columna en inglés, francés o español. El formato, la codificación y el separador se detectan solos.</translation>
    </message>
    <message>
        <source>Choose a file, or drop it here</source>
        <translation>Elija un archivo o suéltelo aquí</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listas de participantes (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {how}. Header on row {header}, then %Ln row(s).</source>
        <translation>
            <numerusform>{file}: {how}. Encabezado en la fila {header}, luego %Ln fila.</numerusform>
            <numerusform>{file}: {how}. Encabezado en la fila {header}, luego %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column names recognised without help (any order, any case, with or without accents; other columns are left out):</source>
        <translation>Nombres de columna reconocidos sin ayuda (en cualquier orden, en mayúsculas o minúsculas, con o sin tildes; las demás columnas se omiten):</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (texto Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Code page 850 (Excel “CSV (MS-DOS)”)</source>
        <translation>Página de códigos 850 (Excel «CSV (MS-DOS)»)</translation>
    </message>
    <message>
        <source>UTF-8 with some Windows-1252 lines</source>
        <translation>UTF-8, con algunas filas en Windows-1252</translation>
    </message>
    <message>
        <source>Windows-1252 with some UTF-8 lines</source>
        <translation>Windows-1252, con algunas filas en UTF-8</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>libro de Excel, hoja «{sheet}»</translation>
    </message>
    <message>
        <source>CSV, {encoding}, one column</source>
        <translation>CSV, {encoding}, una sola columna</translation>
    </message>
    <message>
        <source>CSV, {encoding}, separated by {separator}</source>
        <translation>CSV, {encoding}, separado por {separator}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
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
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Nombre en caracteres latinos</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
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
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Registered days</source>
        <translation>Días inscritos</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>VIP (yes/no)</source>
        <translation>VIP (sí/no)</translation>
    </message>
    <message>
        <source>Speaker (yes/no)</source>
        <translation>Ponente (sí/no)</translation>
    </message>
    <message>
        <source>Protocol (yes/no)</source>
        <translation>Protocolo (sí/no)</translation>
    </message>
    <message>
        <source>See supervisor (yes/no)</source>
        <translation>Remitir al supervisor (sí/no)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Código de la entrada</translation>
    </message>
    <message>
        <source>No id: the person cannot be identified; row not imported.</source>
        <translation>Sin identificador: no se puede identificar a la persona; fila no importada.</translation>
    </message>
    <message>
        <source>No name: row not imported.</source>
        <translation>Sin nombre: fila no importada.</translation>
    </message>
    <message>
        <source>The id is longer than {limit} bytes; row not imported.</source>
        <translation>El identificador supera los {limit} bytes; fila no importada.</translation>
    </message>
    <message>
        <source>The id {id} is a number in Excel’s scientific notation, its digits lost: row not imported. Format the id column as text in Excel and export the list again.</source>
        <translation>El identificador {id} es un número en la notación científica de Excel y sus cifras se han perdido: fila no importada. Dé formato de texto a la columna de identificadores en Excel y vuelva a exportar la lista.</translation>
    </message>
    <message>
        <source>The id {id} is new, and {stored} is on the list: if a spreadsheet dropped its leading zeros, format the id column as text and export the list again.</source>
        <translation>El identificador {id} es nuevo y {stored} está en la lista: si una hoja de cálculo quitó sus ceros iniciales, dé formato de texto a la columna de identificadores y vuelva a exportar la lista.</translation>
    </message>
    <message>
        <source>Id {id} was {old}, who has checked in or has a printed badge, and is now {new}: row not imported (that check-in and badge are {old}’s). Check that the list’s ids are stable.</source>
        <translation>El identificador {id} era {old}, que ya se registró o tiene una credencial impresa, y ahora es {new}: fila no importada (ese registro y esa credencial son de {old}). Compruebe que los identificadores de la lista son estables.</translation>
    </message>
    <message>
        <source>Id {id} was {old}, is now {new}: check that the list’s ids are stable.</source>
        <translation>El identificador {id} era {old}, ahora es {new}: compruebe que los identificadores de la lista son estables.</translation>
    </message>
    <message>
        <source>Missing: {fields}.</source>
        <translation>Falta: {fields}.</translation>
    </message>
    <message>
        <source>Unknown category “{value}”: set to {default}.</source>
        <translation>Categoría desconocida «{value}»: se asigna {default}.</translation>
    </message>
    <message>
        <source>Unknown country “{value}”: kept as written.</source>
        <translation>País desconocido «{value}»: se conserva tal cual.</translation>
    </message>
    <message>
        <source>Country “{value}” read as Namibia (NA); if it means “not available”, leave the cell empty.</source>
        <translation>País «{value}» leído como Namibia (NA); si significa «no disponible», deje la celda vacía.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address.</source>
        <translation>«{value}» no parece una dirección de correo.</translation>
    </message>
    <message>
        <source>The id {id} is also on row {other_row}: row skipped.</source>
        <translation>El identificador {id} también está en la fila {other_row}: fila omitida.</translation>
    </message>
    <message>
        <source>Ticket code {value} is also on row {other_row}.</source>
        <translation>El código de entrada {value} también está en la fila {other_row}.</translation>
    </message>
    <message>
        <source>Looks like the same person as row {other_row} (id {other_id}).</source>
        <translation>Parece la misma persona que la fila {other_row} (identificador {other_id}).</translation>
    </message>
    <message>
        <source>Looks like {name} ({other_id}), already registered under another id.</source>
        <translation>Parece ser {name} ({other_id}), ya inscrito con otro identificador.</translation>
    </message>
    <message>
        <source>Days “{value}” not understood: registered for every day.</source>
        <translation>Días «{value}» no comprendidos: inscrito para todos los días.</translation>
    </message>
    <message>
        <source>Days “{value}” partly understood: read as {days}.</source>
        <translation>Días «{value}» comprendidos en parte: leídos como {days}.</translation>
    </message>
    <message>
        <source>{value} is not a day of the event: ignored.</source>
        <translation>{value} no es un día del evento: se omite.</translation>
    </message>
    <message>
        <source>Language “{value}” not recognised: left empty.</source>
        <translation>Idioma «{value}» no reconocido: se deja vacío.</translation>
    </message>
    <message>
        <source>“{value}” is not a known flag: ignored.</source>
        <translation>«{value}» no es una marca conocida: se omite.</translation>
    </message>
    <message>
        <source>“{value}” in the column {field} is neither yes nor no: not set.</source>
        <translation>«{value}» en la columna {field} no es ni sí ni no: marca no asignada.</translation>
    </message>
    <message>
        <source>More values than columns (a shifted column?): “{value}” not imported.</source>
        <translation>Más valores que columnas (¿una columna desplazada?): «{value}» no importado.</translation>
    </message>
    <message>
        <source>Nothing in the imported columns: row skipped.</source>
        <translation>Nada en las columnas importadas: fila omitida.</translation>
    </message>
    <message>
        <source>{file} cannot be read near row {row}: a cell there is far too long, as when a quote is never closed. Check that row in the file.</source>
        <translation>No se puede leer {file} cerca de la fila {row}: una celda es demasiado larga, como cuando unas comillas nunca se cierran. Revise esa fila en el archivo.</translation>
    </message>
    <message>
        <source>A quote in this row seems never closed: check the rows below it.</source>
        <translation>Unas comillas de esta fila parecen no cerrarse nunca: revise las filas siguientes.</translation>
    </message>
    <message>
        <source>No id column: ids are made from name, organisation and e-mail, so a corrected list only updates people whose name, organisation and e-mail did not change.</source>
        <translation>Sin columna de identificador: los identificadores se forman con el nombre, la organización y el correo, así que una lista corregida solo actualiza a las personas cuyos nombre, organización y correo no cambiaron.</translation>
    </message>
    <message>
        <source>No category column: people new to the list are {default}; the others keep theirs.</source>
        <translation>Sin columna de categoría: las personas nuevas en la lista son {default}; las demás conservan la suya.</translation>
    </message>
    <message>
        <source>Column “{column}” not imported: “{other}” already gives this field.</source>
        <translation>Columna «{column}» no importada: «{other}» ya da este campo.</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Columnas no importadas: {columns}.</translation>
    </message>
    <message>
        <source>Column “{column}” holds honorifics (Mr, Ms, Dr…), not positions: not imported.</source>
        <translation>La columna «{column}» contiene tratamientos (Sr., Sra., Dr.…), no cargos: no importada.</translation>
    </message>
    <message>
        <source>Rows above the header not imported: {rows}.</source>
        <translation>Filas por encima del encabezado no importadas: {rows}.</translation>
    </message>
    <message>
        <source>Rows repeating the header not imported: {rows}.</source>
        <translation>Filas que repiten el encabezado no importadas: {rows}.</translation>
    </message>
    <message>
        <source>Column {column} has values but no header: not imported. Choose its field above.</source>
        <translation>La columna {column} tiene valores pero no tiene encabezado: no se importa. Elija su campo arriba.</translation>
    </message>
    <message>
        <source>The workbook has formulas whose results were never saved (it was written by a program, not by Excel), so those cells read as empty. Open it in Excel, save it, and import it again.</source>
        <translation>El libro contiene fórmulas cuyos resultados nunca se guardaron (lo escribió un programa, no Excel), así que esas celdas se leen vacías. Ábralo en Excel, guárdelo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file contains “{value}” where an accent was mangled before it was exported: check the names in the registration system.</source>
        <translation>El archivo contiene «{value}», un acento dañado antes de la exportación: revise los nombres en el sistema de inscripción.</translation>
    </message>
    <message>
        <source>This row (and perhaps others) is in UTF-8, unlike the rest of the file (Windows-1252): it was read as UTF-8 (“{value}”). Check its accents.</source>
        <translation>Esta fila (y quizá otras) está en UTF-8, a diferencia del resto del archivo (Windows-1252): se leyó como UTF-8 («{value}»). Compruebe sus acentos.</translation>
    </message>
    <message>
        <source>This row (and perhaps others) is not in UTF-8 like the rest of the file: it was read as Windows-1252 (“{value}”). Check its accents.</source>
        <translation>Esta fila (y quizá otras) no está en UTF-8 como el resto del archivo: se leyó como Windows-1252 («{value}»). Compruebe sus acentos.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} is empty.</source>
        <translation>La hoja «{sheet}» de {file} está vacía.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} no existe.</translation>
    </message>
    <message>
        <source>{file} is not a CSV or Excel file. Export the list as CSV or .xlsx.</source>
        <translation>{file} no es un archivo CSV ni Excel. Exporte la lista en CSV o .xlsx.</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Remove the password in Excel (File &gt; Info &gt; Protect Workbook) or save a copy as CSV, and import that.</source>
        <translation>{file} está protegido con contraseña. Quite la contraseña en Excel (Archivo &gt; Información &gt; Proteger libro) o guarde una copia en CSV e impórtela.</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97–2003 workbook. Save it as .xlsx or CSV and import that.</source>
        <translation>{file} es un libro antiguo de Excel 97–2003. Guárdelo como .xlsx o CSV e impórtelo.</translation>
    </message>
    <message>
        <source>{file} was saved as a Strict Open XML workbook, which cannot be read. In Excel, save it as Excel Workbook (.xlsx) or as CSV.</source>
        <translation>{file} se guardó como «Hoja de cálculo Open XML estricta», que no se puede leer. En Excel, guárdelo como «Libro de Excel (.xlsx)» o como CSV.</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet. Save it as .xlsx or CSV.</source>
        <translation>{file} es una hoja de cálculo OpenDocument. Guárdela como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>{file} is a web page, not a table. Save it as .xlsx or CSV in Excel.</source>
        <translation>{file} es una página web, no una tabla. Guárdela como .xlsx o CSV en Excel.</translation>
    </message>
    <message>
        <source>{file} cannot be read: it is damaged, incomplete or in use.</source>
        <translation>No se puede leer {file}: está dañado, incompleto o en uso.</translation>
    </message>
    <message>
        <source>In {file}, the quote opened on row {row} is never closed, so the rows after it read as one cell. Close or remove that quote in the file and import again.</source>
        <translation>En {file}, las comillas abiertas en la fila {row} nunca se cierran, así que las filas siguientes se leerían como una sola celda. Cierre o quite esas comillas en el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file} is too large to be a participant list.</source>
        <translation>{file} es demasiado grande para ser una lista de participantes.</translation>
    </message>
    <message>
        <source>{twice} of the {rows} people of this file are on the list already under another id, and the file has no id column: importing it would list them twice. Nothing was imported. Import the registration system’s export with its id column.</source>
        <translation>{twice} de las {rows} personas de este archivo ya están en la lista con otro identificador, y el archivo no tiene columna de identificador: importarlo las inscribiría dos veces. No se importó nada. Importe la exportación del sistema de inscripción con su columna de identificador.</translation>
    </message>
    <message>
        <source>{shifted} of the {changed} people whose details changed are other people under the same id (id {id} was {old}, is now {new}): the list’s ids look like row numbers, which change when a list is sorted or a row added. Nothing was imported: export the list with the registration system’s own ids and import it again.</source>
        <translation>{shifted} de las {changed} personas cuyos datos cambiaron son otras personas con el mismo identificador ({id} era {old}, ahora es {new}): los identificadores de la lista parecen números de fila, que cambian al ordenar la lista o añadir una fila. No se importó nada: exporte la lista con los identificadores del sistema de inscripción e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>{file} no tiene ninguna hoja llamada «{sheet}». Sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <source>{file} is a CSV file: it has no sheets.</source>
        <translation>{file} es un archivo CSV: no tiene hojas.</translation>
    </message>
    <message>
        <source>No column holds the names. Choose which column holds the first name, the family name or the full name.</source>
        <translation>Ninguna columna contiene los nombres. Indique la columna del nombre, de los apellidos o del nombre completo.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Elija un nombre de archivo que termine en .csv o .xlsx.</translation>
    </message>
    <message>
        <source>{file} cannot be written. If it is open in another program, close it and try again.</source>
        <translation>No se puede guardar {file}. Si está abierto en otro programa, ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the disk is full. Free some space and retry.</source>
        <translation>No se puede escribir {file}: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Import participant list</source>
        <translation>Importar la lista de participantes</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué revisar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ListConflict</name>
    <message>
        <source>Choosing the participant list every desk keeps needs the supervisor PIN.</source>
        <translation>Elegir la lista de participantes que conservan todos los mostradores requiere el PIN del supervisor.</translation>
    </message>
    <message>
        <source>Two participant lists</source>
        <translation>Dos listas de participantes</translation>
    </message>
    <message>
        <source>Another desk published a participant list since this desk imported one. Which list should every desk keep?</source>
        <translation>Otro mostrador publicó una lista de participantes después de la importada en este mostrador. ¿Qué lista deben conservar todos los mostradores?</translation>
    </message>
    <message>
        <source>This desk&apos;s list: it is published, and the other desks take it in (the other desk&apos;s changes are lost unless it imports them again).
The published list: this desk takes it in, and its own import is undone.</source>
        <translation>La lista de este mostrador: se publica y los demás mostradores la adoptan (los cambios del otro mostrador se pierden si no los vuelve a importar).
La lista publicada: este mostrador la adopta y su propia importación se deshace.</translation>
    </message>
    <message>
        <source>Keep this desk&apos;s list</source>
        <translation>Conservar la lista de este mostrador</translation>
    </message>
    <message>
        <source>Take the published list</source>
        <translation>Adoptar la lista publicada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>A badge was scanned into the walk-in form: the form was closed and the badge checked.</source>
        <extracomment>The most the desk and operator take of the status bar (pixels; the tooltip has it all).</extracomment>
        <translation>Se escaneó una credencial en el formulario de inscripción in situ: el formulario se cerró y la credencial se verificó.</translation>
    </message>
    <message>
        <source>The participant list was updated from the other desks: {new} new, {changed} changed, {removed} removed.</source>
        <translation>La lista de participantes se actualizó desde los otros mostradores (altas: {new}, cambios: {changed}, bajas: {removed}).</translation>
    </message>
    <message>
        <source>The participant list was published for the other desks.</source>
        <translation>La lista de participantes se publicó para los otros mostradores.</translation>
    </message>
    <message>
        <source>Importing a participant list needs the supervisor PIN.</source>
        <translation>Importar una lista de participantes requiere el PIN del supervisor.</translation>
    </message>
    <message>
        <source>A sync is running: choose again in a moment.</source>
        <translation>Hay una sincronización en curso: vuelva a elegir en un momento.</translation>
    </message>
    <message>
        <source>{app} {version}
Registration desk for {event}.</source>
        <translation>{app} {version}
Mostrador de acreditación — {event}</translation>
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
        <source>&amp;Import participant list…</source>
        <translation>&amp;Importar la lista de participantes…</translation>
    </message>
    <message>
        <source>Settle the participant list conflict…</source>
        <translation>Resolver el conflicto de listas de participantes…</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Asistencia…</translation>
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
        <source>&amp;Badges</source>
        <translation>&amp;Credenciales</translation>
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
        <source>no name set (Ctrl+,)</source>
        <translation>ningún nombre indicado (Ctrl+,)</translation>
    </message>
    <message>
        <source>Desk: {desk} · Operator: {operator}</source>
        <translation>Mostrador: {desk} · Operador: {operator}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Revisar las columnas</translation>
    </message>
    <message>
        <source>Each column of the file and what it fills. Correct any that is wrong; the preview shows the first rows as they will be imported.</source>
        <translation>Cada columna del archivo y lo que rellena. Corrija las que estén mal; la vista previa muestra las primeras filas tal como se importarán.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>(column {letter})</source>
        <translation>(columna {letter})</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no importada —</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %Ln row(s)</source>
        <translation>
            <numerusform>Vista previa de %Ln fila</numerusform>
            <numerusform>Vista previa de las primeras %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN del supervisor</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Ask a supervisor to type the PIN.</source>
        <translation>Pida a un supervisor que escriba el PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try before the desk waits a minute.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de un minuto de espera.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de un minuto de espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <source>Print the badge of {name}?</source>
        <extracomment>The most the question takes of the status bar (pixels): a long name is cut in the middle.</extracomment>
        <translation>¿Imprimir la credencial de {name}?</translation>
    </message>
    <message>
        <source>Printing the badge…</source>
        <translation>Imprimiendo la credencial…</translation>
    </message>
    <message>
        <source>Print (F9)</source>
        <translation>Imprimir (F9)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Cancelar la impresión</translation>
    </message>
</context>
<context>
    <name>PrinterChoice</name>
    <message>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A6 — badge holder</source>
        <translation>A6 — portacredencial</translation>
    </message>
    <message>
        <source>CR80 — plastic card printer</source>
        <translation>CR80 — impresora de tarjetas de plástico</translation>
    </message>
    <message>
        <source>A4 — four badges per sheet, to cut</source>
        <translation>A4 — cuatro credenciales por hoja, para recortar</translation>
    </message>
    <message>
        <source>No printer installed</source>
        <translation>Ninguna impresora instalada</translation>
    </message>
    <message>
        <source>{printer} — not available</source>
        <translation>{printer} — no disponible</translation>
    </message>
    <message>
        <source>The badge&apos;s own size</source>
        <translation>Tamaño de la credencial</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>This desk&apos;s printer “{printer}” is not available. Choose another printer.</source>
        <translation>La impresora de este mostrador, «{printer}», no está disponible. Elija otra.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is installed on this computer. Install one, or save the badge as a PDF. The check-in is recorded.</source>
        <extracomment>How long a job sent to CUPS is watched for a refusal, a stop or a cancel (seconds). Paper a desk may choose (key stored in DeskSettings.page_size); &apos;&apos; = the badge&apos;s own size.</extracomment>
        <translation>No hay ninguna impresora instalada en este ordenador. Instale una o guarde la credencial como PDF. El registro de entrada se ha guardado.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not available. Choose another printer. The check-in is recorded.</source>
        <translation>La impresora «{printer}» no está disponible. Elija otra. El registro de entrada se ha guardado.</translation>
    </message>
    <message>
        <source>The printer reported an error and the badge was not printed. Check that it is on, has cards or paper, and try again. The check-in is recorded.</source>
        <translation>La impresora ha indicado un error y la credencial no se ha impreso. Compruebe que está encendida y tiene tarjetas o papel, y vuelva a intentarlo. El registro de entrada se ha guardado.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is stopped or paused, so the badge was not printed (its job was withdrawn). Check the printer (power, cable, cards or ribbon, paper), resume it in the system&apos;s printer settings, then print again. The check-in is recorded.</source>
        <translation>La impresora «{printer}» está detenida o en pausa, por lo que la credencial no se ha impreso (su trabajo se ha retirado). Compruebe la impresora (alimentación, cable, tarjetas o cinta, papel), reanúdela en la configuración de impresoras del sistema y vuelva a imprimir. El registro de entrada se ha guardado.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is refusing jobs, so the badge was not printed. Choose another printer, or ask a supervisor to make it accept jobs again. The check-in is recorded.</source>
        <translation>La impresora «{printer}» está rechazando trabajos, por lo que la credencial no se ha impreso. Elija otra impresora o pida a un supervisor que vuelva a habilitarla para aceptar trabajos. El registro de entrada se ha guardado.</translation>
    </message>
    <message>
        <source>Printing was cancelled. Nothing else changed.</source>
        <translation>Se canceló la impresión. No ha cambiado nada más.</translation>
    </message>
    <message>
        <source>The print job was cancelled in the printer&apos;s queue; the badge is not counted as printed. Print it again when needed. The check-in is recorded.</source>
        <translation>El trabajo de impresión se canceló en la cola de la impresora; la credencial no se cuenta como impresa. Vuelva a imprimirla cuando sea necesario. El registro de entrada se ha guardado.</translation>
    </message>
    <message>
        <source>The badge could not be prepared for printing. Call a supervisor.</source>
        <translation>No se pudo preparar la credencial para imprimirla. Llame a un supervisor.</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Undo this check-in…</source>
        <translation>Anular este registro…</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace badge</source>
        <translation>Sustituir la credencial</translation>
    </message>
    <message numerus="yes">
        <source>Badge version {version} · replaced %n time(s) so far</source>
        <translation>
            <numerusform>Credencial: versión {version} · sustituida %n vez hasta ahora</numerusform>
            <numerusform>Credencial: versión {version} · sustituida %n veces hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge version {version} · never replaced</source>
        <translation>Credencial: versión {version} · nunca sustituida</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañada</translation>
    </message>
    <message>
        <source>Name or organisation wrong — correct it</source>
        <translation>Nombre u organización incorrectos — corregirlos</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>What happened (required for “Other reason”)</source>
        <translation>Qué ha pasado (obligatorio para «Otro motivo»)</translation>
    </message>
    <message>
        <source>Print the new badge now</source>
        <translation>Imprimir ahora la nueva credencial</translation>
    </message>
    <message>
        <source>The current badge stops working at once: its code will scan as replaced. Keep it if the person hands it back.</source>
        <translation>La credencial actual deja de funcionar de inmediato: su código se leerá como sustituido. Guárdela si la persona la devuelve.</translation>
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
        <source>Latin spelling (passport)</source>
        <translation>Grafía latina (pasaporte)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why is the badge replaced?</source>
        <translation>¿Por qué se sustituye la credencial?</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Validation report</source>
        <translation>Informe de validación</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the errors and warnings (row numbers are those of the file in Excel), then import.</source>
        <translation>Todavía no se ha guardado nada. Revise los errores y las advertencias (los números de fila son los del archivo en Excel) y luego importe.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Participantes nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>… with a badge to print again</source>
        <translation>… con la credencial por reimprimir</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Not imported (errors, repeated ids, empty rows)</source>
        <translation>No importadas (errores, identificadores repetidos, filas vacías)</translation>
    </message>
    <message>
        <source>On this desk but no longer in the list</source>
        <translation>En este mostrador pero ya no en la lista</translation>
    </message>
    <message>
        <source>Names corrected at a desk, kept as corrected</source>
        <translation>Nombres corregidos en un mostrador, conservados corregidos</translation>
    </message>
    <message>
        <source>Remove the people no longer in the list (anyone who has checked in is kept)</source>
        <translation>Quitar a las personas que ya no están en la lista (se conserva a quien ya registró su llegada)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Errors: {errors} · Warnings: {warnings}</source>
        <translation>Errores: {errors} · Advertencias: {warnings}</translation>
    </message>
    <message>
        <source>No one can be removed with this file: some of its rows have no id or no name (see the errors), and they may be some of these people.</source>
        <translation>Con este archivo no se puede quitar a nadie: algunas de sus filas no tienen identificador o nombre (vea los errores), y podrían ser algunas de estas personas.</translation>
    </message>
    <message>
        <source>No one can be removed with this file: it has no id column, and most of the list&apos;s people are not found in it by the ids made from their names. Import a list with its ids to remove people.</source>
        <translation>Con este archivo no se puede quitar a nadie: no tiene columna de identificador y la mayoría de las personas de la lista no se encuentran en él por los identificadores formados con sus nombres. Importe una lista con sus identificadores para quitar personas.</translation>
    </message>
    <message>
        <source>No row of this file can be imported. Check the columns and the errors below.</source>
        <translation>No se puede importar ninguna fila de este archivo. Revise las columnas y los errores de abajo.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %Ln row(s).</source>
        <translation>
            <numerusform>Se puede importar %Ln fila.</numerusform>
            <numerusform>Se pueden importar %Ln filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>checked in {time}</source>
        <extracomment>Rows painted again (the same people stay listed as a name is typed) reuse their laid-out text: a row cost ~0.45 ms to paint at 100k, a third of a keystroke.</extracomment>
        <translation>registrado a las {time}</translation>
    </message>
    <message>
        <source>{days} only</source>
        <translation>solo {days}</translation>
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
        <source>Open the attendance window when Check-in starts (organisers)</source>
        <translation>Abrir la ventana de asistencia al iniciar Check-in (organizadores)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
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
    <message>
        <source>Print the badge on check-in</source>
        <translation>Imprimir la credencial al registrar la entrada</translation>
    </message>
    <message>
        <source>None: this desk works alone</source>
        <translation>Ninguna: este mostrador trabaja solo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Shared folder for sync</source>
        <translation>Carpeta compartida de sincronización</translation>
    </message>
    <message>
        <source>Or a PostgreSQL server: postgresql://user@host/database</source>
        <translation>O un servidor PostgreSQL: postgresql://usuario@host/base</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The participant list on this desk is as it was.</source>
        <translation>La lista de participantes de este mostrador sigue como estaba.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>The participant list on this desk is up to date.</source>
        <translation>La lista de participantes de este mostrador está al día.</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Participantes nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Badges to print again (printed details changed)</source>
        <translation>Credenciales por reimprimir (datos impresos cambiados)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Filas no importadas</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>Quitados de la lista</translation>
    </message>
    <message>
        <source>Not removed because they checked in</source>
        <translation>No quitados porque ya registraron su llegada</translation>
    </message>
    <message>
        <source>No longer in the list, kept on this desk</source>
        <translation>Ya no en la lista, conservados en este mostrador</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The shared folder cannot be reached. Working offline; nothing is lost, the desk catches up later.</source>
        <translation>No se puede acceder a la carpeta compartida. Trabajo sin conexión; no se pierde nada y el mostrador se pondrá al día más tarde.</translation>
    </message>
    <message>
        <source>The shared folder refuses this desk&apos;s writes (permissions): the other desks&apos; check-ins are read when allowed, this desk&apos;s are kept here. Ask for write access.</source>
        <translation>La carpeta compartida rechaza las escrituras de este mostrador (permisos): se leen los registros de los demás mostradores si se permite y los de este se guardan aquí. Pida acceso de escritura.</translation>
    </message>
    <message>
        <source>The shared folder is read-only for this desk: the other desks&apos; check-ins are read, this desk&apos;s are kept here. Ask for write access.</source>
        <translation>La carpeta compartida es de solo lectura para este mostrador: se leen los registros de los demás mostradores y los de este se guardan aquí. Pida acceso de escritura.</translation>
    </message>
    <message>
        <source>This desk&apos;s own folder cannot be written. Call a supervisor.</source>
        <translation>No se puede escribir en la carpeta propia de este mostrador. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>The shared folder is not answering (network or disk full). Working offline; nothing is lost.</source>
        <translation>La carpeta compartida no responde (red o disco lleno). Trabajo sin conexión; no se pierde nada.</translation>
    </message>
    <message>
        <source>The shared folder is empty now (an unmounted share?). Working offline; nothing is lost.</source>
        <translation>La carpeta compartida está vacía ahora (¿unidad desconectada?). Trabajo sin conexión; no se pierde nada.</translation>
    </message>
    <message>
        <source>No event has been published in the shared folder.</source>
        <translation>No se ha publicado ningún evento en la carpeta compartida.</translation>
    </message>
    <message>
        <source>The event in the shared folder is incomplete or damaged. Call a supervisor.</source>
        <translation>El evento de la carpeta compartida está incompleto o dañado. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>The shared folder serves another event. Check the folder in the desk settings.</source>
        <translation>La carpeta compartida corresponde a otro evento. Compruebe la carpeta en la configuración del mostrador.</translation>
    </message>
    <message>
        <source>The shared folder&apos;s event has another secret. Call a supervisor.</source>
        <translation>El evento de la carpeta compartida tiene otro secreto. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>Another desk uses this desk&apos;s identity (a copied folder?). Call a supervisor.</source>
        <translation>Otro mostrador usa la identidad de este (¿carpeta copiada?). Llame a un supervisor.</translation>
    </message>
    <message>
        <source>A journal in the shared folder is damaged or belongs to another event, so it is not read. A desk repairs its own within the hour; call a supervisor if not.</source>
        <translation>Un diario de la carpeta compartida está dañado o pertenece a otro evento, así que no se lee. Cada mostrador repara el suyo en menos de una hora; si no, llame a un supervisor.</translation>
    </message>
    <message>
        <source>An attendance file is open in another program; it will be written later.</source>
        <translation>Un archivo de asistencia está abierto en otro programa; se escribirá más tarde.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Working offline; nothing is lost, the desk catches up later.</source>
        <translation>No se puede contactar con el servidor de sincronización. Trabajo sin conexión; no se pierde nada y el mostrador se pondrá al día más tarde.</translation>
    </message>
    <message>
        <source>The sync server refused this desk&apos;s login. Working offline; nothing is lost. Call a supervisor to check the user name and password.</source>
        <translation>El servidor de sincronización rechazó el acceso de este mostrador. Trabajo sin conexión; no se pierde nada. Llame a un supervisor para comprobar el usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Another desk published a different participant list since this desk imported one. Check-ins still travel. Call a supervisor.</source>
        <translation>Otro mostrador publicó una lista de participantes distinta después de la importada en este mostrador. Los registros siguen circulando. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>The sync server&apos;s address cannot be read. Check it in the desk settings.</source>
        <translation>No se puede leer la dirección del servidor de sincronización. Revísela en la configuración del mostrador.</translation>
    </message>
    <message>
        <source>The sync server does not let this desk write: the other desks&apos; check-ins are read, this desk&apos;s are kept here. Ask for write rights.</source>
        <translation>El servidor de sincronización no permite escribir a este mostrador: se leen los registros de los demás mostradores y los de este se guardan aquí. Pida permisos de escritura.</translation>
    </message>
    <message>
        <source>The sync server reported a problem: {detail}. The desk keeps working and tries again.</source>
        <translation>El servidor de sincronización informa de un problema: {detail}. El mostrador sigue funcionando y lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The sync did not complete. The desk keeps working; it will try again.</source>
        <translation>La sincronización no ha terminado. El mostrador sigue trabajando; lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The sync server no longer holds the event (was its database replaced?). Working offline; nothing is lost.</source>
        <extracomment>The same problems, said of a sync server instead of a folder.</extracomment>
        <translation>El servidor de sincronización ya no contiene el evento (¿se reemplazó su base de datos?). Trabajo sin conexión; no se pierde nada.</translation>
    </message>
    <message>
        <source>No event has been published on the sync server.</source>
        <translation>No se ha publicado ningún evento en el servidor de sincronización.</translation>
    </message>
    <message>
        <source>The event on the sync server is incomplete or damaged. Call a supervisor.</source>
        <translation>El evento del servidor de sincronización está incompleto o dañado. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>The sync server serves another event. Check its address in the desk settings.</source>
        <translation>El servidor de sincronización sirve otro evento. Revise su dirección en la configuración del mostrador.</translation>
    </message>
    <message>
        <source>The event on the sync server has another secret. Call a supervisor.</source>
        <translation>El evento del servidor de sincronización tiene otro secreto. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>A desk&apos;s check-ins on the sync server are damaged or belong to another event, so they are not read. A desk repairs its own within the hour; call a supervisor if not.</source>
        <translation>Los registros de un mostrador en el servidor de sincronización están dañados o pertenecen a otro evento, así que no se leen. Un mostrador repara los suyos en menos de una hora; si no, llame a un supervisor.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} ahead of the sync server&apos;s.</source>
        <translation>El reloj de este ordenador va {amount} adelantado respecto al del servidor de sincronización.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} behind the sync server&apos;s.</source>
        <translation>El reloj de este ordenador va {amount} atrasado respecto al del servidor de sincronización.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} ahead of the shared folder&apos;s.</source>
        <translation>El reloj de este ordenador va {amount} adelantado respecto al de la carpeta compartida.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {amount} behind the shared folder&apos;s.</source>
        <translation>El reloj de este ordenador va {amount} atrasado respecto al de la carpeta compartida.</translation>
    </message>
    <message>
        <source>Check-ins are filed under the day this clock says: set the date, time and time zone of this computer (call a supervisor).</source>
        <translation>Los registros se clasifican en el día que indica este reloj: ajuste la fecha, la hora y la zona horaria de este ordenador (llame a un supervisor).</translation>
    </message>
    <message>
        <source>The shared folder refuses this desk (permissions): it cannot read the other desks&apos; check-ins nor share its own, which are kept here. Ask for read and write access for this desk&apos;s account.</source>
        <translation>La carpeta compartida rechaza este mostrador (permisos): no puede leer los registros de los demás mostradores ni compartir los suyos, que se conservan aquí. Pida acceso de lectura y escritura para la cuenta de este mostrador.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync: this desk alone</source>
        <translation>Sincronización: solo este mostrador</translation>
    </message>
    <message>
        <source>Set a shared folder in the desk settings (Ctrl+,).</source>
        <translation>Indique una carpeta compartida en la configuración del mostrador (Ctrl+,).</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Sincronización: iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Synced at {time} · %Ln other desk(s)</source>
        <translation>
            <numerusform>Sincronizado a las {time} · %Ln mostrador más</numerusform>
            <numerusform>Sincronizado a las {time} · %Ln mostradores más</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Trabajo sin conexión</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
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
        <translation>Dé la bienvenida y entregue la credencial.</translation>
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
        <source>Registered for {days} only. Admit anyway (F2) if a supervisor agrees.</source>
        <translation>Inscrito solo para {days}. Admitir de todos modos (F2) si un supervisor lo autoriza.</translation>
    </message>
    <message>
        <source>Call the supervisor before handing over the badge.</source>
        <translation>Llame al supervisor antes de entregar la credencial.</translation>
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
        <translation>Ponente</translation>
    </message>
    <message>
        <source>See supervisor</source>
        <translation>Remitir al supervisor</translation>
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
        <source>This country is not known. Choose it from the list, type its code (e.g. CH), or leave it empty.</source>
        <translation>Este país no se reconoce. Elíjalo de la lista, escriba su código (p. ej., CH) o deje el campo vacío.</translation>
    </message>
    <message>
        <source>No participant has this id.</source>
        <translation>Ningún participante tiene este identificador.</translation>
    </message>
    <message>
        <source>This day is not a day of the event.</source>
        <translation>Este día no es un día del evento.</translation>
    </message>
    <message>
        <source>The event settings (event.json) are not valid. Call a supervisor.</source>
        <translation>La configuración del evento (event.json) no es válida. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>This desk already holds another event. Call a supervisor.</source>
        <translation>Este mostrador ya contiene otro evento. Llame a un supervisor.</translation>
    </message>
    <message>
        <source>The desk database is in use by another program. Close it and try again. What was recorded before is safe.</source>
        <translation>La base de datos del mostrador está en uso por otro programa. Ciérrelo e inténtelo de nuevo. Lo registrado antes se conserva.</translation>
    </message>
    <message>
        <source>The desk database cannot be written. Check the disk and folder permissions. What was recorded before is safe.</source>
        <translation>No se puede escribir en la base de datos del mostrador. Compruebe el disco y los permisos de la carpeta. Lo registrado antes se conserva.</translation>
    </message>
    <message>
        <source>Something went wrong. What was recorded before is safe. Try again or call a supervisor.</source>
        <translation>Se ha producido un error. Lo registrado antes se conserva. Inténtelo de nuevo o llame a un supervisor.</translation>
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
        <source>The desk database was deleted or moved while Check-in was open: this check-in was not recorded. Call a supervisor, then start Check-in again.</source>
        <translation>La base de datos del mostrador se borró o se movió mientras Check-in estaba abierto: este registro no se guardó. Llame a un supervisor y vuelva a iniciar Check-in.</translation>
    </message>
    <message>
        <source>The desk database cannot be used. Call a supervisor.</source>
        <translation>No se puede usar la base de datos del mostrador. Llame a un supervisor.</translation>
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
        <source>Check-in not saved</source>
        <translation>Registro no guardado</translation>
    </message>
    <message>
        <source>Once that is fixed, scan this badge again.</source>
        <translation>Una vez resuelto, escanee de nuevo esta credencial.</translation>
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
        <source>{id} (no name set)</source>
        <translation>{id} (sin nombre)</translation>
    </message>
    <message>
        <source>First checked in at {time} at desk {desk}.</source>
        <translation>Registrado por primera vez a las {time} en el mostrador {desk}.</translation>
    </message>
    <message>
        <source>First checked in at {time} at desk {desk} by {operator}.</source>
        <translation>Registrado por primera vez a las {time} en el mostrador {desk} por {operator}.</translation>
    </message>
    <message>
        <source>Read: {text}</source>
        <translation>Leído: {text}</translation>
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
        <source>Read through the scanner&apos;s keyboard-layout correction.</source>
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
        <extracomment>A name or organisation longer than this is a paste gone wrong, not a person (a badge shows at most three lines of it).</extracomment>
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
    <message>
        <source>That was a scanned code, not a name: type the name.</source>
        <translation>Eso era un código escaneado, no un nombre: escriba el nombre.</translation>
    </message>
    <message>
        <source>Already on the list: {names}. If it is this person, cancel and check them in from the search results; if not, press “Register and check in” again.</source>
        <translation>Ya está en la lista: {names}. Si es esta persona, cancele y regístrela desde los resultados de búsqueda; si no, pulse de nuevo «Inscribir y registrar».</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArrivalsChart</name>
    <message numerus="yes">
        <source>Busiest quarter hour: {start}–{end}, %Ln arrival(s).</source>
        <translation>
            <numerusform>Busiest quarter hour: {start}–{end}, %Ln arrival.</numerusform>
            <numerusform>Busiest quarter hour: {start}–{end}, %Ln arrivals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start}–{end}: %Ln arrival(s)</source>
        <translation>
            <numerusform>{start}–{end}: %Ln arrival</numerusform>
            <numerusform>{start}–{end}: %Ln arrivals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceWindow</name>
    <message numerus="yes">
        <source>%Ln person(s) checked in on {day}: saved to {file}.</source>
        <translation>
            <numerusform>%Ln person checked in on {day}: saved to {file}.</numerusform>
            <numerusform>%Ln people checked in on {day}: saved to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgePrinting</name>
    <message numerus="yes">
        <source>%Ln badge(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln badge sent to the printer.</numerusform>
            <numerusform>%Ln badges sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeSummary</name>
    <message numerus="yes">
        <source>Badge version {version} · replaced %n time(s)</source>
        <translation>
            <numerusform>Badge version {version} · replaced %n time</numerusform>
            <numerusform>Badge version {version} · replaced %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message numerus="yes">
        <source>Printing %Ln badge(s)…</source>
        <translation>
            <numerusform>Printing %Ln badge…</numerusform>
            <numerusform>Printing %Ln badges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed {done} of %Ln badge(s).</source>
        <translation>
            <numerusform>Printed {done} of %Ln badge.</numerusform>
            <numerusform>Printed {done} of %Ln badges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>{file}: {how}. Header on row {header}, then %Ln row(s).</source>
        <translation>
            <numerusform>{file}: {how}. Header on row {header}, then %Ln row.</numerusform>
            <numerusform>{file}: {how}. Header on row {header}, then %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>Preview of the first %Ln row(s)</source>
        <translation>
            <numerusform>Preview of %Ln row</numerusform>
            <numerusform>Preview of the first %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Wrong PIN. %n more try before the desk waits a minute.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before the desk waits a minute.</numerusform>
            <numerusform>Wrong PIN. %n more tries before the desk waits a minute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message numerus="yes">
        <source>Badge version {version} · replaced %n time(s) so far</source>
        <translation>
            <numerusform>Badge version {version} · replaced %n time so far</numerusform>
            <numerusform>Badge version {version} · replaced %n times so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>Ready to import %Ln row(s).</source>
        <translation>
            <numerusform>Ready to import %Ln row.</numerusform>
            <numerusform>Ready to import %Ln rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>Synced at {time} · %Ln other desk(s)</source>
        <translation>
            <numerusform>Synced at {time} · %Ln other desk</numerusform>
            <numerusform>Synced at {time} · %Ln other desks</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccountImport</name>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="57" />
            <source>Imported %n run(s).</source>
            <translation>
                <numerusform>Imported %n run.</numerusform>
                <numerusform>Imported %n runs.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="59" />
            <source>No runs were imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="65" />
            <source>%n of them is older than an hour: Replicate had already deleted its outputs, so only its inputs were kept.</source>
            <translation>
                <numerusform>%n of them is older than an hour: Replicate had already deleted its outputs, so only its inputs were kept.</numerusform>
                <numerusform>%n of them is older than an hour: Replicate had already deleted its outputs, so only its inputs were kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="75" />
            <source>%n of them are older than an hour: Replicate had already deleted their outputs, so only their inputs were kept.</source>
            <translation>
                <numerusform>%n of them are older than an hour: Replicate had already deleted their outputs, so only their inputs were kept.</numerusform>
                <numerusform>%n of them are older than an hour: Replicate had already deleted their outputs, so only their inputs were kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="84" />
            <source>%n run was already in your history.</source>
            <translation>
                <numerusform>%n run was already in your history.</numerusform>
                <numerusform>%n run was already in your history.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="86" />
            <source>%n runs were already in your history.</source>
            <translation>
                <numerusform>%n runs were already in your history.</numerusform>
                <numerusform>%n runs were already in your history.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="89" />
            <source>%n run(s) still running on Replicate: import them later.</source>
            <translation>
                <numerusform>%n run still running on Replicate: import them later.</numerusform>
                <numerusform>%n runs still running on Replicate: import them later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="92" />
            <source>%n run(s) could not be imported ({reasons}).</source>
            <translation>
                <numerusform>%n run could not be imported ({reasons}).</numerusform>
                <numerusform>%n runs could not be imported ({reasons}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="95" />
            <source>%n output file(s) could not be saved ({reasons}).</source>
            <translation>
                <numerusform>%n output file could not be saved ({reasons}).</numerusform>
                <numerusform>%n output files could not be saved ({reasons}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="208" />
            <source>Unexpected answer from Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/account_import.py" line="209" />
            <source>The run could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/account_import.py" line="276" />
            <source>the file host answered {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/account_import.py" line="284" />
            <source>an inline file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/account_import.py" line="292" />
            <source>its address is not a web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/account_import.py" line="293" />
            <source>it is damaged ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/account_import.py" line="304" />
            <source>Replicate deleted this run's outputs an hour after it ran, before it was imported: only what was left is kept (its inputs, if Replicate still had them, and its status).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="312" />
            <source>Replicate deleted %n of this run's output files an hour after it ran, before it was imported: only what was left is kept.</source>
            <translation>
                <numerusform>Replicate deleted %n of this run's output files an hour after it ran, before it was imported: only what was left is kept.</numerusform>
                <numerusform>Replicate deleted %n of this run's output files an hour after it ran, before it was imported: only what was left is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="322" />
            <source>%n output file(s) could not be saved when it was imported ({reason}).</source>
            <translation>
                <numerusform>%n output file could not be saved when it was imported ({reason}).</numerusform>
                <numerusform>%n output files could not be saved when it was imported ({reason}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountImportDialog</name>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="169" />
            <source>Import from Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="179" />
            <source>Your runs on Replicate, newest first. Replicate deletes the outputs of runs made through its API an hour after they run, so import recent runs soon to keep their files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="188" />
            <source>Runs on your Replicate account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="190" />
            <source>Select runs to import them, or import all listed; scroll down for older runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="209" />
            <location filename="../../gui/account_import_dialog.py" line="380" />
            <source>Load more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="210" />
            <source>Lists older runs from your Replicate account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="212" />
            <source>Import selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="215" />
            <source>Imports the selected runs into your history, with their files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="217" />
            <source>Import all listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="219" />
            <source>Imports every run listed into your history, with their files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="221" />
            <location filename="../../gui/account_import_dialog.py" line="384" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="275" />
            <source>Loading your runs from Replicate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="284" />
            <source>{title}. {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="298" />
            <source>There are no runs on your Replicate account yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="301" />
            <source>%n run(s) listed, {gone} of them older than an hour (their outputs are already deleted).</source>
            <translation>
                <numerusform>%n run listed, {gone} of them older than an hour (their outputs are already deleted).</numerusform>
                <numerusform>%n runs listed, {gone} of them older than an hour (their outputs are already deleted).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="308" />
            <source>%n run(s) listed.</source>
            <translation>
                <numerusform>%n run listed.</numerusform>
                <numerusform>%n runs listed.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="311" />
            <source>Only the newest {count} are listed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="313" />
            <source>Scroll down or press Load more for older runs.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="332" />
            <source>Importing %n run(s)…</source>
            <translation>
                <numerusform>Importing %n run…</numerusform>
                <numerusform>Importing %n runs…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="347" />
            <source>The import stopped: {title}. {message}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="355" />
            <source>Importing… {done} of %n run(s) saved.</source>
            <translation>
                <numerusform>Importing… {done} of %n run saved.</numerusform>
                <numerusform>Importing… {done} of %n runs saved.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="364" />
            <source>The import was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="380" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="384" />
            <source>Stop import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="130" />
            <source>API token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="133" />
            <source>Kept in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="134" />
            <source>R&amp;eplace token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="135" />
            <source>Replace token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="136" />
            <source>Sign in with another Replicate API token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="137" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="138" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="139" />
            <source>Removes the token from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="151" />
            <source>Not signed in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountRuns</name>
        <message>
            <location filename="../../core/account_runs.py" line="87" />
            <source>Unexpected answer from Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/account_runs.py" line="88" />
            <source>Replicate's list of runs could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AccountRunsModel</name>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="48" />
            <source>outputs deleted by Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="56" />
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="57" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="58" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="59" />
            <source>Outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="60" />
            <source>In your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="102" />
            <source>Prediction {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="104" />
            <source>Deployment: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="110" />
            <source>(unknown model)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="117" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="123" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="126" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="129" />
            <source>{minutes} min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="132" />
            <source>{hours} h ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="142" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="149" />
            <source>still running</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="152" />
            <source>text and %n file(s)</source>
            <translation>
                <numerusform>text and %n file</numerusform>
                <numerusform>text and %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="154" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="156" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="157" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="158" />
            <source>Replidesk is already open, but it does not answer. Close it (or end it in your task manager), then start Replidesk again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="233" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="235" />
            <location filename="../../gui/settings_pages.py" line="245" />
            <source>As the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="236" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="237" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="241" />
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="244" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="249" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="250" />
            <source>A new language is used from the next start of Replidesk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <location filename="../../core/archive.py" line="70" />
            <source>{message} The export was not written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive.py" line="73" />
            <source>Could not write the export: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive.py" line="74" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="70" />
            <source>uses a kind of zip Replidesk cannot read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="71" />
            <source>Cannot read this export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="74" />
            <source>{message} Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="77" />
            <source>Could not import “{name}”: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="79" />
            <source>Import failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="92" />
            <source>is not a file exported by Replidesk, or it is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="96" />
            <source>Not a Replidesk export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="114" />
            <source>“{name}” {why}. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="130" />
            <source>Run {number}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="153" />
            <source>lists its runs in more than {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="164" />
            <source>holds values nested too deeply to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="172" />
            <source>was exported by a newer Replidesk: update Replidesk to import it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="173" />
            <source>Newer export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="177" />
            <source>holds more than {count} runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="197" />
            <source>field_files is not an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="206" />
            <source>{name} is larger than {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="210" />
            <source>holds more than {size} of text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="216" />
            <source>{name} is not valid JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="234" />
            <source>is damaged: a file in it is larger than it says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="251" />
            <source>{name} is not a file of the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="252" />
            <source>a file is not a file of the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="257" />
            <source>{name} is missing from the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="258" />
            <source>a file is missing from the export</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../../gui/run_choices.py" line="110" />
            <source>Run several times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="112" />
            <location filename="../../gui/run_choices.py" line="113" />
            <source>Repeat this run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="119" />
            <source> times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="120" />
            <source>How many times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="121" />
            <source>How many runs to start, from 2 to {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="122" />
            <source>Each run gets a new random seed where the model has one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_choices.py" line="126" />
            <source>One run for each line of the prompt (%n line(s))</source>
            <translation>
                <numerusform>One run for each line of the prompt (%n line)</numerusform>
                <numerusform>One run for each line of the prompt (%n lines)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="128" />
            <source>One run for each line of the prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="131" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../gui/run_choices.py" line="33" />
            <source>Compare models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="37" />
            <source>The prompt, and the inputs the models share, go to each model at once. Their answers show side by side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="54" />
            <source>owner/name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="54" />
            <source>owner/name (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="55" />
            <source>Model {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="58" />
            <source>A model to send the prompt to (owner/name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="60" />
            <source>Another model to compare, if you like (owner/name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="72" />
            <source>Run all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="88" />
            <source>Choose at least two different models.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../gui/composer.py" line="140" />
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="141" />
            <source>What you ask the model. Ctrl+Enter runs it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="142" />
            <location filename="../../gui/composer.py" line="243" />
            <source>Write your prompt here. Ctrl+Enter runs it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="150" />
            <location filename="../../gui/composer.py" line="153" />
            <source>New conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="152" />
            <location filename="../../gui/composer.py" line="154" />
            <source>Start a fresh conversation (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="169" />
            <source>Inputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="175" />
            <location filename="../../gui/composer.py" line="177" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="178" />
            <source>Run the model (Ctrl+Enter); runs already going carry on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="181" />
            <location filename="../../gui/composer.py" line="183" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="184" />
            <source>Stop the run shown on Replicate (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="194" />
            <source>&amp;Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="196" />
            <source>&amp;Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="200" />
            <source>&amp;Inputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="230" />
            <source>Looking up the model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="236" />
            <source>(This model has no description.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="245" />
            <source>{field} (optional). Ctrl+Enter runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="269" />
            <source>Sign in to see this model's inputs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/composer.py" line="337" />
            <source>Run replies in this conversation, after “{start}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../gui/dialogs.py" line="19" />
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="21" />
            <source>&lt;p&gt;A desktop app for running AI models hosted on Replicate.&lt;/p&gt;&lt;p&gt;{app} is an independent project. It is not made, endorsed or supported by Replicate, Inc.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="39" />
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="40" />
            <source>Your runs, their output files and the history database are kept in:

{folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="48" />
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <location filename="../../core/download_state.py" line="35" />
            <source>{name} was not downloaded: it is larger than {limit}, the largest output file to download (Settings → Files).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="40" />
            <source>A file is too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="48" />
            <source>The disk is full: {name} could not be saved. Free some space on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="49" />
            <source>The disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="166" />
            <source>the file host answered {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="173" />
            <source>the file host stopped answering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="175" />
            <source>the file arrived damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="177" />
            <source>the transfer broke off before the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/download_state.py" line="178" />
            <source>the file host could not be reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/downloads.py" line="67" />
            <source>A file could not be downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/downloads.py" line="253" />
            <source>the file host sent it to an address that is not a web address</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../core/download_state.py" line="64" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/downloads.py" line="64" />
            <source>{name} could not be downloaded after %n attempt(s): {reason}.</source>
            <translation>
                <numerusform>{name} could not be downloaded after %n attempt: {reason}.</numerusform>
                <numerusform>{name} could not be downloaded after %n attempts: {reason}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorReporting</name>
        <message>
            <location filename="../../gui/error_reporting.py" line="55" />
            <source>The data folder cannot be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/error_reporting.py" line="56" />
            <source>Replidesk cannot write in its data folder {folder} ({reason}): runs cannot be recorded, and the log goes to the terminal. Choose another data folder in Settings → Files, or set REPLIDESK_DATA_DIR to a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/error_reporting.py" line="93" />
            <source>Details were written to the log file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../gui/field_widgets.py" line="86" />
            <source>Kept only for this session, never saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="110" />
            <source>JSON, for example [1, 2] or {"key": "value"}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="131" />
            <source>One item a line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="187" />
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="189" />
            <source>Model default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="218" />
            <source>{label} slider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="221" />
            <source>From {low} to {high}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileCard</name>
        <message>
            <location filename="../../gui/file_views.py" line="51" />
            <location filename="../../gui/file_views.py" line="53" />
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="54" />
            <source>Show the folder that holds this file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileEditor</name>
        <message>
            <location filename="../../gui/file_input.py" line="33" />
            <source>Drop a file here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="34" />
            <source>Drop a file here, choose one, or paste a web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="36" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="38" />
            <location filename="../../gui/file_input.py" line="83" />
            <source>Choose a file for {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="39" />
            <source>Opens a file dialog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="104" />
            <source>A web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="107" />
            <source>“{name}” was not found</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="161" />
            <source>Output folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="164" />
            <source>Where the files of your next runs are saved; empty: the data folder's outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="167" />
            <source>&amp;Output folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="168" />
            <source>New runs save their files here. Files already saved stay where they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="171" />
            <source>Largest output file to download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="173" />
            <source>An output file larger than this is not downloaded, and the run says which one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="179" />
            <source>&amp;Largest output file to download:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="180" />
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="182" />
            <source>Where your history of runs is kept, from the next start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="184" />
            <source>&amp;Data folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="185" />
            <source>Used from the next start of Replidesk. Your history is not moved: copy it yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="187" />
            <source>REPLIDESK_DATA_DIR is set, and it wins over this choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="192" />
            <source>No limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="194" />
            <source>{count} GB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="195" />
            <source>{count} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="205" />
            <source>That is a data folder. Choose a folder of its own for the output files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="208" />
            <source>The data folder cannot be inside the output folder. Choose another.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="87" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="88" />
            <source>Choose: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="90" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="91" />
            <source>Open: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="92" />
            <source>Shows the folder in your file manager</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../gui/help_dialogs.py" line="54" />
            <source>Getting started with {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="60" />
            <source>Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="63" />
            <source>&lt;h3&gt;Run a model in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Choose a model&lt;/b&gt; (Ctrl+L): type its name, such as meta/meta-llama-3-8b-instruct, or what it should do, such as “draw a picture”. Ctrl+K opens the model browser.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Write a prompt&lt;/b&gt;: what you want the model to write or draw. The other inputs are optional; each one explains itself when you point at it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Press Run&lt;/b&gt; (Ctrl+Enter). Text appears as it is written; images, sound and files are saved on your computer as they arrive.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Your runs&lt;/h3&gt;&lt;p&gt;Every run is kept in the list on the left, with its output files, even after you close the app. Search it with Ctrl+F, star the ones you like, run one again or change it.&lt;/p&gt;&lt;p&gt;Several runs can go at once; Esc cancels the one shown. A chat model remembers the conversation shown; Ctrl+N starts a new one.&lt;/p&gt;&lt;h3&gt;What it costs&lt;/h3&gt;&lt;p&gt;Models run on Replicate, a service in the cloud, with your own Replicate account: Replicate bills each run to it. {app} is independent of Replicate.&lt;/p&gt;&lt;h3&gt;When something goes wrong&lt;/h3&gt;&lt;p&gt;Messages say what happened and what to do. If a problem stays, use Help → Report a problem to save the log into a file you can send.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="103" />
            <location filename="../../gui/help_dialogs.py" line="108" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="110" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="110" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="121" />
            <source>Tab moves between the model, the prompt, the inputs and Run; Alt with an underlined letter picks it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="154" />
            <source>Report a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="157" />
            <source>Saving a report puts the app's log (what it did and which errors it met; your API token is removed) and your system's name into one file in your Documents folder. Send that file, with a few words on what you did and what happened, to whoever helps you with {app}, or attach it to a new report on {app}'s issue page (a free GitHub account is needed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="175" />
            <source>&amp;Save report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="178" />
            <source>&amp;Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="182" />
            <source>Open the &amp;issue page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="194" />
            <source>The report could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="199" />
            <source>Saved as {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../core/errors.py" line="48" />
            <source>History from a newer Replidesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="49" />
            <source>This history was written by a newer Replidesk (version {version}). Update Replidesk, or choose another data folder in Settings. It was left as it is ({folder}); until then, runs cannot be recorded, so Run starts none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="65" />
            <source>The data folder cannot be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="66" />
            <source>Replidesk cannot write its history in {folder} ({reason}), so runs cannot be recorded and Run starts none. Choose another data folder in Settings → Files, or set REPLIDESK_DATA_DIR to a folder you can write to.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageCard</name>
        <message>
            <location filename="../../gui/image_view.py" line="145" />
            <source>Output image {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="147" />
            <source>{width} by {height} pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="151" />
            <source>Double-click to open it full size; drag it out to copy the file elsewhere; right-click for more, such as Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="166" />
            <source>{width} × {height} px · {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="175" />
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="175" />
            <source>Fit the whole image in the pane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="177" />
            <source>100%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="179" />
            <source>Show the image at its real size, one image pixel per screen pixel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="182" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="182" />
            <source>Open the image in your image viewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="183" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="183" />
            <source>Copy the image to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="188" />
            <source> percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="297" />
            <source>{name} · {details}
Saved in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="308" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="309" />
            <source>Show in &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="310" />
            <source>&amp;Copy image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="311" />
            <source>Copy file &amp;path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="312" />
            <source>&amp;Save as…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InputFields</name>
        <message>
            <location filename="../../core/input_fields.py" line="126" />
            <source>Number of outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="127" />
            <source>Number of images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="128" />
            <source>Number of steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="129" />
            <location filename="../../core/input_fields.py" line="130" />
            <source>Maximum length (tokens)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="131" />
            <location filename="../../core/input_fields.py" line="132" />
            <source>Minimum length (tokens)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="133" />
            <source>LoRA strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="134" />
            <source>Aspect ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="136" />
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="137" />
            <source>Negative prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="138" />
            <source>System prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="139" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="140" />
            <source>Mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="141" />
            <source>Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="142" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="143" />
            <source>Seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="144" />
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="145" />
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="146" />
            <source>Guidance scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="147" />
            <source>Prompt strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="148" />
            <source>Face enhance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="149" />
            <source>Output format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="150" />
            <source>Output quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="151" />
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="152" />
            <source>Audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="159" />
            <source>Higher gives more varied, creative answers; lower gives more predictable ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="162" />
            <source>The model picks each next word among the most likely ones whose chances add up to this share (1 = all words). Lower keeps the answer focused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="167" />
            <source>The model picks each next word among this many most likely words. Lower keeps the answer focused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="171" />
            <location filename="../../core/input_fields.py" line="172" />
            <location filename="../../core/input_fields.py" line="173" />
            <source>A token is about three quarters of a word.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="174" />
            <source>Higher makes the model more likely to move to new topics.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="175" />
            <source>Higher makes the model repeat the same words less often.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="176" />
            <source>Higher makes the model repeat itself less.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="177" />
            <source>The same seed with the same inputs gives the same result again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="178" />
            <source>Higher follows the prompt more closely; lower is freer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="179" />
            <source>More steps take longer and often add detail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="180" />
            <source>What you do not want to see in the result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="226" />
            <source>A list Replidesk has no editor for yet: type it as JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="229" />
            <source>This input takes several types: type it as JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="230" />
            <source>An input Replidesk has no editor for yet: type it as JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="312" />
            <source>Random unless set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="314" />
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="314" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="319" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="319" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="324" />
            <source>Default: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InputForm</name>
        <message>
            <location filename="../../gui/input_form.py" line="109" />
            <source>Shows or hides the settings most runs leave as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="112" />
            <location filename="../../gui/input_form.py" line="187" />
            <source>This model has no other inputs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="115" />
            <location filename="../../gui/input_form.py" line="286" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="115" />
            <source>Set every input back to the model's default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="120" />
            <location filename="../../gui/input_form.py" line="300" />
            <source>Use example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="121" />
            <source>Fill the inputs and the prompt with the model's own example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="123" />
            <location filename="../../gui/input_form.py" line="125" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="169" />
            <source>Choose a model to see its inputs.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/input_form.py" line="200" />
            <location filename="../../gui/input_form.py" line="201" />
            <source>More options (%n)</source>
            <translation>
                <numerusform>More options (%n)</numerusform>
                <numerusform>More options (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="294" />
            <source>The example also sets {names}, which this version of the model does not have: left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="336" />
            <source>Bring back what “{change}” replaced ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="339" />
            <source>Undo “{change}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InputValues</name>
        <message>
            <location filename="../../core/input_values.py" line="109" />
            <source>{label} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="119" />
            <source>{label}: type it again (secrets are never saved).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="158" />
            <source>{label} must be one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="164" />
            <source>{label} is not valid JSON ({error} at character {position}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="173" />
            <source>{label} (item {position})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="182" />
            <source>{label} must be on or off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="187" />
            <source>{label} must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="195" />
            <source>{label} must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="196" />
            <source>{label} must be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="211" />
            <source>{label} must be between {low} and {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="214" />
            <source>{label} must be at least {low}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="216" />
            <source>{label} must be at most {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="223" />
            <source>{label} must be a file or a web address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="226" />
            <source>a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="228" />
            <source>{label}: this run came from another computer: choose the file to send instead of “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="240" />
            <source>{label} must be a file on this computer or a web address starting with https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="248" />
            <source>{label}: the file “{name}” was not found. Choose it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/input_values.py" line="258" />
            <source>{label}: the file “{name}” cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../core/input_values.py" line="262" />
            <source>{label}: the file “{name}” is larger than %n MB.</source>
            <translation>
                <numerusform>{label}: the file “{name}” is larger than %n MB.</numerusform>
                <numerusform>{label}: the file “{name}” is larger than %n MB.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogPane</name>
        <message>
            <location filename="../../gui/log_pane.py" line="18" />
            <location filename="../../gui/log_pane.py" line="37" />
            <source>Logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="19" />
            <source>Show logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="20" />
            <source>Show or hide what the model printed while it ran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="29" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="67" />
            <source>%p%  ({current}/{total})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LongView</name>
        <message>
            <location filename="../../gui/text_view.py" line="53" />
            <source>Long answer: shown as plain text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="57" />
            <source>Output text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="58" />
            <source>The model's answer, as plain text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MediaCard</name>
        <message>
            <location filename="../../gui/media_view.py" line="56" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="63" />
            <location filename="../../gui/media_view.py" line="68" />
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="79" />
            <source>{name} · {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="120" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="120" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelBrowser</name>
        <message>
            <location filename="../../gui/model_browser.py" line="54" />
            <source>Find a model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="63" />
            <source>Search models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="65" />
            <source>Words for what the model should do, or a model's name or address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="68" />
            <source>What do you want to do? For example: upscale photo, chatbot, whisper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="76" />
            <source>Collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="78" />
            <source>Groups of models to browse: favourites and Replicate's collections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="83" />
            <source>Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="85" />
            <source>The models found: choose one to see its card, press Enter to use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="140" />
            <source>{title}: Replidesk is offline or Replicate cannot be reached. The models known on this computer are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="163" />
            <source>★ Favourites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="163" />
            <source>Models you marked ★</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="165" />
            <source>Your deployments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="165" />
            <source>Your own deployments on Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="211" />
            <source>Mark models with ★ Favourite to find them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="222" />
            <source>{title}: this collection could not be loaded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelCard</name>
        <message>
            <location filename="../../gui/model_card.py" line="54" />
            <location filename="../../gui/model_card.py" line="55" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="56" />
            <source>a secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="57" />
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="58" />
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="59" />
            <source>yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="60" />
            <source>a choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="61" />
            <source>a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="62" />
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="63" />
            <source>structured data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="65" />
            <source>a value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="71" />
            <source>Text, written as it is generated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="75" />
            <source>Images, saved on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="77" />
            <source>Sound, saved on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="79" />
            <source>Video, saved on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="80" />
            <source>Files (images, sound, video or other files), saved on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="83" />
            <source>Text or data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="98" />
            <source>Replicate page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="99" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="100" />
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="101" />
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="109" />
            <source>{label} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/model_card.py" line="114" />
            <source>{fields}, and %n optional setting(s)</source>
            <translation>
                <numerusform>{fields}, and %n optional setting</numerusform>
                <numerusform>{fields}, and %n optional settings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="150" />
            <source>(no example)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="159" />
            <source>Input: {input}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="164" />
            <source>Output: {output}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="199" />
            <location filename="../../gui/model_card.py" line="345" />
            <source>☆ Favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="200" />
            <source>Favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="201" />
            <source>Marks this model as a favourite: favourites come first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="217" />
            <location filename="../../gui/model_card.py" line="255" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="218" />
            <source>The model's version to run: the latest, or one pinned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="219" />
            <location filename="../../gui/model_card.py" line="220" />
            <source>Use this model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="229" />
            <source>Opens the page in your web browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="251" />
            <source>Takes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="251" />
            <source>Gives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="251" />
            <source>Example</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="279" />
            <source>Latest version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="285" />
            <source>Choose a model to see what it does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="291" />
            <source>One of your deployments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="292" />
            <source>(This model has no description.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="293" />
            <source>Looking up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="311" />
            <source>Nothing: it runs as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="345" />
            <source>★ Favourite</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelDirectory</name>
        <message>
            <location filename="../../core/model_directory.py" line="105" />
            <source>No release yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/model_directory.py" line="107" />
            <source>Runs {model} (release {number}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/model_directory.py" line="111" />
            <source>Runs {model}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelFinder</name>
        <message numerus="yes">
            <location filename="../../gui/model_finder.py" line="87" />
            <source>%n model(s) found: pick one from the list, or press Browse… to see more.</source>
            <translation>
                <numerusform>%n model found: pick one from the list, or press Browse… to see more.</numerusform>
                <numerusform>%n models found: pick one from the list, or press Browse… to see more.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModelListModel</name>
        <message>
            <location filename="../../gui/model_list_model.py" line="42" />
            <source>{count}M runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_list_model.py" line="44" />
            <source>{count}K runs</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/model_list_model.py" line="47" />
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n run</numerusform>
                <numerusform>%n runs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/model_list_model.py" line="86" />
            <source>deployment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <location filename="../../gui/model_picker.py" line="40" />
            <location filename="../../gui/model_picker.py" line="48" />
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="47" />
            <source>Search models, or paste a model's address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="51" />
            <source>Type what you want to do (“upscale photo”) to search Replicate's models, or a model's name (owner/name) or its replicate.com address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="66" />
            <source>Matching models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="67" />
            <source>Enter or a click picks a model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="73" />
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="74" />
            <source>Find a model by what it does, in collections and search (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="75" />
            <source>Browse models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="84" />
            <source>Model description</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelSearch</name>
        <message>
            <location filename="../../gui/model_search.py" line="76" />
            <source>Searching Replicate for “{words}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="90" />
            <source>{title}: the search did not reach Replicate. Models known on this computer are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="92" />
            <source>{title}: the search did not reach Replicate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="101" />
            <source>No models found for “{words}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="104" />
            <source>Replicate is slow to answer the search for “{words}”…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="353" />
            <source>Use the &amp;system's proxy settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="354" />
            <source>N&amp;o proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="355" />
            <source>Use this pro&amp;xy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="367" />
            <source>Proxy address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="368" />
            <source>The proxy's address, as http://computer:port or https://…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="370" />
            <source>This computer's own addresses never go through a proxy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutputPanel</name>
        <message>
            <location filename="../../gui/output_panel.py" line="60" />
            <source>Output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="69" />
            <source>Formatted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="72" />
            <source>Show formatted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="73" />
            <source>Show the answer formatted (headings, lists, code), or as plain text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="75" />
            <location filename="../../gui/output_panel.py" line="77" />
            <source>Copy all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="78" />
            <source>Copy the whole answer to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="82" />
            <source>Save all…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="84" />
            <source>Save all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="85" />
            <source>Save every file of this run into a folder you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="91" />
            <source>How long the model itself worked on Replicate's machines. The time above the run also counts waiting for a machine to start and the downloads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="97" />
            <source>Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="104" />
            <source>Output files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="169" />
            <source>Model time {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="180" />
            <source>Downloading {name}… %p% of {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="183" />
            <source>Downloading {name}… {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="264" />
            <source>Sound and video cannot play inside Replidesk here: open its folder or save it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="262" />
            <location filename="../../gui/output_panel.py" line="258" />
            <source>This image could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/output_panel.py" line="330" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="344" />
            <source>answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="351" />
            <source>Save all outputs into a folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutputStack</name>
        <message>
            <location filename="../../gui/output_stack.py" line="50" />
            <source>Output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="84" />
            <source>Write a prompt and press Run: the answer appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="86" />
            <source>Fill in the inputs and press Run: the result appears here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/output_stack.py" line="27" />
            <source>Queued · %n ahead</source>
            <translation>
                <numerusform>Queued · %n ahead</numerusform>
                <numerusform>Queued · %n ahead</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="29" />
            <source>Queued · next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="37" />
            <source>Canceling… · {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="38" />
            <source>{status} · {seconds} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../core/errors.py" line="77" />
            <source>Write something in the {field} box first: the model needs it to know what to make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="78" />
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="79" />
            <source>The prompt is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="84" />
            <source>No API token yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="85" />
            <source>Replidesk needs your Replicate API token to run models. Add it with Account → Set API token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="89" />
            <source>Replidesk needs your Replicate API token to run models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="96" />
            <source>Your API token was not accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="97" />
            <source>Replicate did not accept the API token. It may be mistyped or revoked. Set a new one with Account → Set API token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="103" />
            <source>Replicate did not accept this API token: it may be mistyped, or it was revoked. Copy a current one from your API tokens page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="137" />
            <source>no reason given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="139" />
            <source>The model failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="140" />
            <source>The model stopped with an error: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="144" />
            <source>Replicate did not answer in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="145" />
            <source>Replicate took too long to answer. Check your connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="149" />
            <source>Can't reach Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="150" />
            <source>Replidesk could not connect to Replicate. Check that you are online (and that no firewall or proxy blocks it), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="158" />
            <source>Unexpected answer from Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="159" />
            <source>Replicate answered with something Replidesk does not understand yet. Try again later, or try another model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="170" />
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="171" />
            <source>An unexpected error happened: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="181" />
            <source>a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="184" />
            <source>File not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="185" />
            <source>“{file}” was not found: it may have been moved, renamed or deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="191" />
            <source>The disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="192" />
            <source>The disk is full: “{file}” could not be written. Free some space, or choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="198" />
            <source>The disk cannot be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="199" />
            <source>“{file}” is on a disk that is read-only. Choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="203" />
            <source>No permission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="204" />
            <source>Replidesk is not allowed to use “{file}”. Check its permissions, or choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="210" />
            <source>A folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="211" />
            <source>“{file}” is a folder: choose a file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="215" />
            <source>Not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="216" />
            <source>A part of “{file}” is a file, not a folder: choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="230" />
            <source>Replicate asks for billing to be set up on your account before it runs this model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="233" />
            <source>Billing needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="235" />
            <source>Your Replicate account may not use this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="236" />
            <source>Not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="239" />
            <source>“{model}” was not found on Replicate. Check the spelling (owner/name), or search for a model by what it does: type words in the model box, or press Browse… (Ctrl+K).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="245" />
            <source>That model was not found on Replicate. Check the spelling (owner/name), or search for a model by what it does: type words in the model box, or press Browse… (Ctrl+K).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="250" />
            <source>Model not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="252" />
            <source>The input was not accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="253" />
            <source>The model did not accept the input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="261" />
            <source>Too many requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="262" />
            <source>Replicate is getting too many requests from your account right now. Wait a minute, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="269" />
            <source>Replicate is having trouble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="270" />
            <source>Replicate's servers answered with an error ({status}). This is usually brief: try again in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="277" />
            <source>Replicate refused the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="278" />
            <source>Replicate answered {status}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="279" />
            <source>no details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="289" />
            <source>No password store found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="290" />
            <source>This computer has no password store such as GNOME Keyring or KWallet, so Replidesk cannot remember your API token after it closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="298" />
            <source>Password store not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="299" />
            <source>Your system's password store could not be opened (it may be locked, or have no keyring set up), so Replidesk cannot remember your API token after it closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="307" />
            <source>Password store is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="308" />
            <source>Your system's password store is locked. Unlock it (log in again, or open your keyring app), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="315" />
            <source>Password store problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/errors.py" line="316" />
            <source>Your system's password store refused the request ({name}). Unlock it or check that it is running, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemBanner</name>
        <message>
            <location filename="../../gui/problem_banner.py" line="18" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/problem_banner.py" line="27" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/problem_banner.py" line="28" />
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/problem_banner.py" line="44" />
            <source>{title}. {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../../core/progress.py" line="51" />
            <source>about {seconds} s left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/progress.py" line="52" />
            <source>about {minutes} min {seconds} s left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Proxy</name>
        <message>
            <location filename="../../core/proxy.py" line="61" />
            <source>Type the proxy's address, for example http://proxy.example.com:3128.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/proxy.py" line="63" />
            <source>A proxy's address has no spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/proxy.py" line="68" />
            <location filename="../../core/proxy.py" line="76" />
            <location filename="../../core/proxy.py" line="78" />
            <source>The port must be a number from 1 to 65535, as in http://proxy.example.com:3128.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/proxy.py" line="70" />
            <source>A proxy's address starts with http:// or https://, as in http://proxy.example.com:3128.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/proxy.py" line="74" />
            <source>The address names no computer, as in http://proxy.example.com:3128.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/proxy.py" line="80" />
            <source>A proxy's address is only http(s)://computer:port, with nothing after it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="53" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="55" />
            <source>This run sends %n file(s) from your computer to Replicate for the model to read:</source>
            <translation>
                <numerusform>This run sends %n file from your computer to Replicate for the model to read:</numerusform>
                <numerusform>This run sends %n files from your computer to Replicate for the model to read:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="64" />
            <source>Send these files to Replicate?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/questions.py" line="66" />
            <source>You did not choose them in this session (they come from an earlier or imported run).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/questions.py" line="70" />
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="77" />
            <source>This creates %n prediction(s) on Replicate, each billed to your account.</source>
            <translation>
                <numerusform>This creates %n prediction on Replicate, each billed to your account.</numerusform>
                <numerusform>This creates %n predictions on Replicate, each billed to your account.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="81" />
            <source>One run of {model} took {seconds} s last time.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="83" />
            <source>Start %n run(s)?</source>
            <translation>
                <numerusform>Start %n run?</numerusform>
                <numerusform>Start %n runs?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="84" />
            <source>Start %n run(s)</source>
            <translation>
                <numerusform>Start %n run</numerusform>
                <numerusform>Start %n runs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="93" />
            <source>unreadable</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="102" />
            <source>%n run(s) still going on Replicate.</source>
            <translation>
                <numerusform>%n run still going on Replicate.</numerusform>
                <numerusform>%n runs still going on Replicate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="103" />
            <source>%n queued run(s) not started yet.</source>
            <translation>
                <numerusform>%n queued run not started yet.</numerusform>
                <numerusform>%n queued runs not started yet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="107" />
            <source>Runs are still going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/questions.py" line="109" />
            <source>Let them finish: Replidesk follows them again when it next starts (queued runs are not sent). Or cancel them on Replicate now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/questions.py" line="116" />
            <source>Let them finish on Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/questions.py" line="119" />
            <source>Cancel the runs and quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/questions.py" line="122" />
            <source>Keep Replidesk open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/questions.py" line="140" />
            <source>Canceling the runs…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordCheck</name>
        <message>
            <location filename="../../core/record_check.py" line="55" />
            <source>the run is not an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="138" />
            <source>{name} is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="146" />
            <source>status is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="151" />
            <source>status “{value}” is not a known status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="160" />
            <source>model is not a model name (owner/name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="167" />
            <source>version is not a version id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="175" />
            <source>{name} is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="178" />
            <location filename="../../core/record_check.py" line="185" />
            <location filename="../../core/record_check.py" line="273" />
            <source>{name} is larger than {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="197" />
            <source>not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="203" />
            <source>{name} is not a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="205" />
            <source>{name} is not a date between 2000 and today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="215" />
            <source>{name} is not true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="221" />
            <source>files is not a list of file names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="223" />
            <source>files lists more than {count} files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="225" />
            <source>files holds a name that is empty or too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="231" />
            <source>{name} is not an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="249" />
            <source>a number in {name} is too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="252" />
            <source>a number in {name} is not finite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="258" />
            <source>a value in {name} is nested more than {depth} levels deep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="264" />
            <source>{name} has a key that is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="270" />
            <source>{name} holds a value that is not JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/record_check.py" line="310" />
            <source>{count} bytes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recorder</name>
        <message>
            <location filename="../../core/recorder.py" line="208" />
            <source>Replidesk could not write it to its history ({error}). Check that the disk has room and the data folder can be written. Its files may still be in the outputs folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/recorder.py" line="215" />
            <source>This run was not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReplicateService</name>
        <message>
            <location filename="../../core/replicate_service.py" line="78" />
            <location filename="../../core/replicate_service.py" line="156" />
            <source>Unexpected answer from Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="79" />
            <location filename="../../core/replicate_service.py" line="157" />
            <source>Replicate's answer could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="187" />
            <source>The deployment {name} has no model release yet: set it up on replicate.com, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="192" />
            <source>Deployment not ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="195" />
            <source>Your deployment {name}, running {model}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="367" />
            <source>{model} is on Replicate but has no version to run yet: its owner has not published one. Choose another model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="371" />
            <source>This model has no version yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="375" />
            <source>an address Replidesk cannot read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="376" />
            <source>Replidesk is set to reach Replicate at {address}, where your API token would not be safe: the address must start with https:// (plain http:// only for a server on this computer, such as http://127.0.0.1:8787) and hold no user name or password. Check REPLICATE_BASE_URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="383" />
            <source>Unsafe Replicate address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="389" />
            <source>File too large to send</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../core/replicate_service.py" line="390" />
            <source>“{name}” has grown past %n MB since it was chosen: it was not sent.</source>
            <translation>
                <numerusform>“{name}” has grown past %n MB since it was chosen: it was not sent.</numerusform>
                <numerusform>“{name}” has grown past %n MB since it was chosen: it was not sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Run</name>
        <message>
            <location filename="../../core/runner.py" line="35" />
            <source>Some inputs need a fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/runner.py" line="280" />
            <source>The file {name} could not be uploaded to Replicate ({why}). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/runner.py" line="282" />
            <source>Upload failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/runner.py" line="355" />
            <source>{said} Replicate may have received this run before the answer was lost: Replidesk looks for it on your account at its next start and cancels it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="125" />
            <source>Replicate no longer has this run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="356" />
            <source>The files could not be fetched again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="357" />
            <source>{why} The run is as it was; try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/runner.py" line="363" />
            <source>{said} Replicate may have received this run before the answer was lost: Replidesk looks for it on your account at its next start, so do not run it again now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_files.py" line="26" />
            <source>an inline file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_files.py" line="89" />
            <source>Downloads stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="64" />
            <source>The run goes on at Replicate: Try again follows it now, or Replidesk does at its next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="106" />
            <source>Starting the model (cold boot can take minutes)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="237" />
            <source>Lost contact with Replicate, trying again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="242" />
            <source>Lost contact with Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="289" />
            <source>Stopped by Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="290" />
            <source>Stopped by Replicate (a deadline was reached). Everything it made before is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="293" />
            <source>no reason given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="295" />
            <source>The model failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="296" />
            <source>The model stopped with an error: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="300" />
            <source>Replicate removed this run's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="301" />
            <source>Replicate deletes a run's inputs, outputs and logs an hour after it ends, so what Replidesk had not saved by then is gone. Everything saved on this computer is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_files.py" line="85" />
            <source>Some files could not be downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_files.py" line="83" />
            <source>The run itself succeeded; everything else is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="311" />
            <source>An output could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="312" />
            <source>The model returned a file inline that Replidesk could not decode ({why}). Everything else of this run is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="320" />
            <source>Some outputs are gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="345" />
            <source>This run is not on Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/following.py" line="346" />
            <source>Replicate has no prediction with this run's id (it may have been deleted there). What Replidesk saved of it is kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../core/following.py" line="321" />
            <source>Replicate no longer has %n output file(s) of this run: it deletes them an hour after a run. Everything saved before is kept.</source>
            <translation>
                <numerusform>Replicate no longer has %n output file of this run: it deletes them an hour after a run. Everything saved before is kept.</numerusform>
                <numerusform>Replicate no longer has %n output files of this run: it deletes them an hour after a run. Everything saved before is kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/run_files.py" line="73" />
            <source>%n file(s) could not be downloaded: {names}.</source>
            <translation>
                <numerusform>%n file could not be downloaded: {names}.</numerusform>
                <numerusform>%n files could not be downloaded: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/run_files.py" line="79" />
            <source>Cancelled while downloading: %n file(s) not saved: {names}.</source>
            <translation>
                <numerusform>Cancelled while downloading: %n file not saved: {names}.</numerusform>
                <numerusform>Cancelled while downloading: %n files not saved: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/runner.py" line="38" />
            <source>%n inputs need a fix: {problems}</source>
            <translation>
                <numerusform>%n inputs need a fix: {problems}</numerusform>
                <numerusform>%n inputs need a fix: {problems}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/runner.py" line="311" />
            <source>Replicate asks to wait %n s…</source>
            <translation>
                <numerusform>Replicate asks to wait %n s…</numerusform>
                <numerusform>Replicate asks to wait %n s…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunLauncher</name>
        <message>
            <location filename="../../gui/run_launcher.py" line="172" />
            <source>Nothing was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_launcher.py" line="172" />
            <source>The run was not started: its files stay on your computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_launcher.py" line="223" />
            <source>{title}: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunList</name>
        <message>
            <location filename="../../gui/run_list.py" line="87" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="88" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="89" />
            <source>Delete selected runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="90" />
            <source>Delete all runs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="91" />
            <source>Export selected runs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="92" />
            <source>Import runs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="176" />
            <source>Runs still going are kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="177" />
            <source>Cancel them first (Esc), then delete them once they end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="187" />
            <source>Delete all runs?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="189" />
            <source>Every run in your history, with its output files, will be deleted (runs still going are kept). You can undo this until you quit Replidesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="196" />
            <source>Delete all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="206" />
            <source>Export runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="224" />
            <source>The export was not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="276" />
            <source>The history could not store these runs: one of them holds something it cannot keep. Nothing was imported. Details were written to the log file.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="226" />
            <source>Exported %n run(s) to {file}</source>
            <translation>
                <numerusform>Exported %n run to {file}</numerusform>
                <numerusform>Exported %n runs to {file}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="231" />
            <source>Import runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="238" />
            <source>Zip files (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="250" />
            <source>Nothing was imported from {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="271" />
            <source>{message} Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="274" />
            <source>The runs were not imported</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="253" />
            <source>Imported %n run(s) from {file}</source>
            <translation>
                <numerusform>Imported %n run from {file}</numerusform>
                <numerusform>Imported %n runs from {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="258" />
            <source>%n run(s) were not imported</source>
            <translation>
                <numerusform>%n run were not imported</numerusform>
                <numerusform>%n runs were not imported</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="259" />
            <source>They are damaged: {list}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="167" />
            <source>%n run(s) deleted. To bring back: Edit → Undo.</source>
            <translation>
                <numerusform>%n run deleted. To bring back: Edit → Undo.</numerusform>
                <numerusform>%n runs deleted. To bring back: Edit → Undo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunListPanel</name>
        <message>
            <location filename="../../gui/run_list_panel.py" line="44" />
            <source>Search prompts, answers, models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="46" />
            <source>Search runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="47" />
            <source>Finds runs by words in their prompt, answer or model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="50" />
            <location filename="../../gui/run_list_panel.py" line="248" />
            <source>All models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="51" />
            <source>Model filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="52" />
            <source>Lists only the runs of the model chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="53" />
            <source>Show the runs of one model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="59" />
            <source>All runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="60" />
            <source>★ Favourites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="61" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="62" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="64" />
            <source>Queued or running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="68" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="63" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="70" />
            <source>Lists all runs, only favourites, or only runs that are done, failed, cancelled or going</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="72" />
            <source>Show all runs, your favourites, or runs by how they ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="75" />
            <source>Runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="77" />
            <source>Your runs, newest first. Select one to show it; Delete removes the selected runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="93" />
            <location filename="../../gui/run_list_panel.py" line="95" />
            <source>Clear search and filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="96" />
            <source>Lists every run again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="106" />
            <source>Use inputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="109" />
            <source>Put this run's model, prompt and inputs in the composer, to change and run again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="112" />
            <source>Run again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="114" />
            <source>A new run with the same inputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="116" />
            <source>★ Favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="119" />
            <source>Mark the selected run as a favourite, or unmark it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="120" />
            <source>Favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="124" />
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="125" />
            <source>Export, import and delete runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="126" />
            <source>More actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="190" />
            <source>No runs match “{words}” with the filters chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="192" />
            <source>No runs match “{words}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="194" />
            <source>No runs match the filters chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="196" />
            <source>No runs yet. Pick a model, write a prompt and press Run: your runs are listed here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunManager</name>
        <message>
            <location filename="../../core/run_manager.py" line="29" />
            <source>Not started: Replidesk was closed before a place in the queue came free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/unsent_runs.py" line="21" />
            <source>Replidesk was closed before Replicate confirmed this run. It may have run anyway: see your predictions on replicate.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/unsent_runs.py" line="26" />
            <source>Replidesk was closed while sending this run, and Replicate has no trace of it: it did not run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="256" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="324" />
            <source>Cancel not confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="325" />
            <source>Replicate has not confirmed the cancel yet. Replidesk checks this run again at its next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="331" />
            <source>Still running on Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="332" />
            <source>Replidesk follows this run again at its next start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunNotifier</name>
        <message>
            <location filename="../../gui/notifier.py" line="47" />
            <source>{model} finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/notifier.py" line="51" />
            <source>{model}: contact lost, it will be followed again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/notifier.py" line="53" />
            <source>{model} failed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/notifier.py" line="74" />
            <source>%n run(s) going</source>
            <translation>
                <numerusform>%n run going</numerusform>
                <numerusform>%n runs going</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunStatus</name>
        <message>
            <location filename="../../core/run_events.py" line="56" />
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_events.py" line="57" />
            <source>Starting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_events.py" line="58" />
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_events.py" line="59" />
            <location filename="../../gui/self_test.py" line="77" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_events.py" line="60" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/run_events.py" line="61" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunView</name>
        <message>
            <location filename="../../gui/run_view.py" line="35" />
            <source>Still running on Replicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="44" />
            <source>{note} ({status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="52" />
            <source>{status} · {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="87" />
            <location filename="../../gui/run_view.py" line="89" />
            <source>Regenerate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="90" />
            <source>Ask the same question again for another answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="92" />
            <location filename="../../gui/run_view.py" line="94" />
            <source>Edit question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="95" />
            <source>Put this question back in the prompt, to change it and send it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="98" />
            <location filename="../../gui/run_view.py" line="100" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="178" />
            <source>Ask Replicate how this run is going, and follow it again from here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="180" />
            <source>Fetch this run's files that could not be downloaded (those saved are kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="105" />
            <source>Earlier in this conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="140" />
            <source>Model: {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="142" />
            <source>Prediction on Replicate: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="159" />
            <source>You:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="160" />
            <source>(no answer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="226" />
            <source>Uploading {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="263" />
            <source>You: {prompt}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="268" />
            <source>This run failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="270" />
            <source>This run ended: {status}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunsPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="275" />
            <source>Runs at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="276" />
            <source>Runs sent to Replicate at the same time; more wait</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/settings_pages.py" line="279" />
            <source>%n run(s) at once</source>
            <translation>
                <numerusform>%n run at once</numerusform>
                <numerusform>%n runs at once</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="281" />
            <source>Runs at &amp;once:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="284" />
            <source>The last one used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="287" />
            <source>Model at start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="289" />
            <source>The model chosen when Replidesk starts, as owner/name; empty: the last one used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="291" />
            <source>&amp;Start with model:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="294" />
            <source>Keep runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="295" />
            <source>Older runs and their files are deleted; starred runs stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="298" />
            <source>For ever</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/settings_pages.py" line="298" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="300" />
            <source>&amp;Keep runs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="301" />
            <source>Older runs are deleted with their files, except starred runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="302" />
            <source>Tell me when a run ends while Replidesk is in the background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="304" />
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="306" />
            <source>Notifications:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="307" />
            <source>Look for a new version at start (asks GitHub; nothing is installed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="309" />
            <source>Check for updates at start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="311" />
            <source>Updates:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="316" />
            <source>“{text}” is not a model name. Write it as owner/name, for example {example}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Saving</name>
        <message>
            <location filename="../../gui/saving.py" line="42" />
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/saving.py" line="44" />
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/saving.py" line="46" />
            <source>Save a copy of {name} where you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/saving.py" line="48" />
            <source>Save a copy of this file where you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/saving.py" line="74" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/saving.py" line="75" />
            <source>{path} could not be written: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/saving.py" line="23" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/saving.py" line="27" />
            <source>{size} {unit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../core/session.py" line="61" />
            <source>No token pasted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/session.py" line="62" />
            <source>Paste your Replicate API token in the box first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/session.py" line="66" />
            <source>That does not look like a token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/session.py" line="67" />
            <source>An API token has no spaces or line breaks. Copy it again from Replicate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../gui/settings_dialog.py" line="46" />
            <location filename="../../gui/settings_dialog.py" line="47" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="60" />
            <location filename="../../gui/settings_dialog.py" line="61" />
            <source>Settings pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="63" />
            <source>&amp;Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="64" />
            <source>&amp;Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="65" />
            <source>A&amp;ppearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="66" />
            <source>&amp;Runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="67" />
            <source>&amp;Network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <location filename="../../gui/settings_flow.py" line="61" />
            <source>Nowhere: this computer has no password store, so the token is asked for at each start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="95" />
            <source>The REPLICATE_API_TOKEN environment variable, set outside Replidesk: Sign out cannot remove it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="98" />
            <source>Only in memory, until Replidesk closes: the password store could not keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="122" />
            <source>Some of the changes are used from the next start of Replidesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="124" />
            <source>Settings saved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/settings_flow.py" line="137" />
            <source>%n old run(s) deleted, as set in Settings</source>
            <translation>
                <numerusform>%n old run deleted, as set in Settings</numerusform>
                <numerusform>%n old runs deleted, as set in Settings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="46" />
            <source>Choose a whole folder path, such as one picked with Choose….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="51" />
            <source>{path} is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="53" />
            <source>Replidesk may not write in {path}. Choose a folder of yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="60" />
            <source>Replidesk could not write in {path}. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Starters</name>
        <message>
            <location filename="../../gui/starters.py" line="37" />
            <source>Write a short, cheerful poem about a cat who loves rainy days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="38" />
            <source>Ask a language model for a poem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="39" />
            <source>Runs Meta's Llama 3 language model with a prompt asking for a short poem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="44" />
            <source>a lighthouse at dusk, oil painting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="45" />
            <source>Paint a picture with an image model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="46" />
            <source>Runs Stability AI's SDXL image model with the prompt “a lighthouse at dusk, oil painting”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartersDialog</name>
        <message>
            <location filename="../../gui/starters.py" line="71" />
            <source>Try a first run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="74" />
            <source>You are signed in as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="76" />
            <source>You are signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="81" />
            <source>Try a first run with one click (billed to your Replicate account, like every run):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="89" />
            <location filename="../../gui/starters.py" line="91" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/starters.py" line="92" />
            <source>Closes this window without running anything.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <location filename="../../gui/status_line.py" line="29" />
            <location filename="../../gui/status_line.py" line="61" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/status_line.py" line="38" />
            <source>Following %n run(s) still running on Replicate…</source>
            <translation>
                <numerusform>Following %n run still running on Replicate…</numerusform>
                <numerusform>Following %n runs still running on Replicate…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/status_line.py" line="48" />
            <source>{status} — %n runs going</source>
            <translation>
                <numerusform>{status} — %n runs going</numerusform>
                <numerusform>{status} — %n runs going</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/status_line.py" line="56" />
            <source>{running} running, {queued} queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/status_line.py" line="58" />
            <source>{running} running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/status_line.py" line="71" />
            <source>Every run left going last time has ended</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextView</name>
        <message>
            <location filename="../../gui/markdown_text.py" line="72" />
            <source>Image:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/markdown_text.py" line="188" />
            <source>Copy code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="72" />
            <source>Output text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="73" />
            <source>The model's answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="75" />
            <source>The model's answer appears here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../gui/theme.py" line="35" />
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/theme.py" line="37" />
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/theme.py" line="38" />
            <source>As the &amp;system</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <location filename="../../gui/token_dialog.py" line="50" />
            <source>Welcome to Replidesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="50" />
            <source>Replicate API token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="59" />
            <source>To sign in, Replidesk needs an API token from your Replicate account:
1. Sign in at Replicate and open your API tokens page.
2. Copy a token (create one if the list is empty).
3. Paste it below and press Sign in. A line such as export REPLICATE_API_TOKEN=r8_… works too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="68" />
            <location filename="../../gui/token_dialog.py" line="70" />
            <source>Open my API tokens page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="72" />
            <source>Opens replicate.com/account/api-tokens in your web browser, where you can copy a token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="78" />
            <source>API token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="80" />
            <source>Your Replicate API token, hidden as it is typed unless Show the token is checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="83" />
            <source>Paste your API token here (r8_…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="84" />
            <location filename="../../gui/token_dialog.py" line="86" />
            <source>Show the token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="87" />
            <source>Shows the token typed in the box instead of dots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="101" />
            <location filename="../../gui/token_dialog.py" line="102" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="103" />
            <source>Checks the token with Replicate, then keeps it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="106" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="137" />
            <source>The token is checked with Replicate. This computer has no password store such as GNOME Keyring or KWallet, so Replidesk keeps the token only while it is open: you will be asked for it again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="141" />
            <source>your system's password store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="143" />
            <source>The token is checked with Replicate, then kept in {store} (as “{service}”), and nowhere else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="191" />
            <source>Checking the token with Replicate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="206" />
            <source>Signed in as {name} ({username}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="212" />
            <source>Signed in as {name} ({username}), for this session only: Replidesk will ask for the token again the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="222" />
            <location filename="../../gui/token_dialog.py" line="223" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="224" />
            <source>Closes this window.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TokenFlow</name>
        <message>
            <location filename="../../gui/token_flow.py" line="65" />
            <source>Not signed in: Account → Set API token… lets Replidesk run models.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="84" />
            <source>Signed in as {name} for this session only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="86" />
            <source>Signed in as {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="110" />
            <source>Signed out: the token was forgotten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="112" />
            <source>Signed out: the token was removed from the password store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="114" />
            <source>{signed_out} (REPLICATE_API_TOKEN is still set in the environment)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <location filename="../../core/token_store.py" line="60" />
            <source>macOS Keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/token_store.py" line="61" />
            <source>Windows Credential Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/token_store.py" line="62" />
            <location filename="../../core/token_store.py" line="63" />
            <source>Secret Service (GNOME Keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/token_store.py" line="64" />
            <source>KWallet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/token_store.py" line="130" />
            <source>Password store problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/token_store.py" line="131" />
            <source>Your system's password store failed ({name}). Check that it is running and unlocked, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TranscriptView</name>
        <message>
            <location filename="../../gui/transcript_view.py" line="64" />
            <source>Transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="64" />
            <source>Caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="65" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="74" />
            <source>The text the model gave, to read, select and copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="77" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="79" />
            <source>Copy text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="80" />
            <source>Copy the whole text to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="82" />
            <source>Save as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="84" />
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="86" />
            <source>Save the text as a .txt file, or as .srt subtitles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="88" />
            <source>Save the text as a .txt file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="91" />
            <location filename="../../gui/transcript_view.py" line="94" />
            <location filename="../../gui/transcript_view.py" line="117" />
            <source>Show details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="95" />
            <source>Everything the model returned, as fields and values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="117" />
            <source>Hide details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="120" />
            <source>transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="120" />
            <source>caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="121" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UpdateCheck</name>
        <message>
            <location filename="../../gui/update_check.py" line="41" />
            <source>You have the latest version of {app} ({version}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="47" />
            <source>{app} {version} is available (you have {current}). Download it from its release page and install it over this one: your runs and settings stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="51" />
            <source>Open the download page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="54" />
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="65" />
            <source>Check for updates</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Updates</name>
        <message>
            <location filename="../../core/updates.py" line="54" />
            <source>No release has been published yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/updates.py" line="62" />
            <source>GitHub answered {status}. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/updates.py" line="65" />
            <source>GitHub could not be reached. Check your internet connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/updates.py" line="68" />
            <location filename="../../core/updates.py" line="71" />
            <source>GitHub's answer could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/updates.py" line="80" />
            <source>Could not check for updates</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValueView</name>
        <message>
            <location filename="../../gui/file_views.py" line="72" />
            <source>Too deep to show here ({levels} levels): see Copy as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="101" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="101" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="102" />
            <source>Output fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="103" />
            <source>What the model returned, field by field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="118" />
            <location filename="../../gui/file_views.py" line="120" />
            <source>Copy as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="121" />
            <source>Copy everything the model returned, as JSON text</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/file_views.py" line="75" />
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/file_views.py" line="79" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeIntro</name>
        <message>
            <location filename="../../gui/welcome_dialog.py" line="19" />
            <source>Welcome to {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/welcome_dialog.py" line="27" />
            <source>{app} runs AI models for you: write a prompt, press Run, and get text, images or sound back. The models run on Replicate, a service that runs AI models in the cloud, so your computer needs no special hardware.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/welcome_dialog.py" line="35" />
            <source>Runs are billed to your own Replicate account, at Replicate's prices: {app} has no account or fees of its own. {app} is not made by Replicate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message numerus="yes">
            <location filename="../../gui/window_actions.py" line="212" />
            <source>%n run(s) at once</source>
            <translation>
                <numerusform>%n run at once</numerusform>
                <numerusform>%n runs at once</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="37" />
            <location filename="../../gui/window_actions.py" line="169" />
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="40" />
            <source>Start a run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="45" />
            <source>&amp;Compare models…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="47" />
            <source>Send the prompt to several models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="52" />
            <source>Run &amp;several times…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="53" />
            <source>Repeat a run, or run each line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="56" />
            <source>&amp;New conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="61" />
            <source>Choose &amp;model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="63" />
            <source>Type a model's name or what it should do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="68" />
            <source>&amp;Browse models…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="70" />
            <source>Find a model by what it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="73" />
            <source>Cance&amp;l run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="75" />
            <source>Cancel &amp;all runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="79" />
            <source>&amp;Search runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="81" />
            <source>Find a past run by its prompt or model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="86" />
            <source>&amp;Save output as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="88" />
            <source>Save the shown run's output where you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="93" />
            <source>Import from &amp;Replicate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="94" />
            <source>Bring in the runs already on your Replicate account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="96" />
            <source>&amp;Data folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="98" />
            <source>Se&amp;ttings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="101" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="106" />
            <source>Reset &amp;layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="107" />
            <source>Put the window's size and columns back as they were at first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="109" />
            <source>Show the &amp;run list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="111" />
            <source>Set API &amp;token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="112" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="114" />
            <source>&amp;Getting started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="116" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="120" />
            <source>&amp;Report a problem…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="121" />
            <source>Put the log into a file you can send with a description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="126" />
            <source>Check for &amp;updates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="127" />
            <source>See whether a newer version of Replidesk has been released</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="129" />
            <source>&amp;About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="163" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="164" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="165" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="166" />
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="168" />
            <source>&amp;Models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="173" />
            <source>Runs at &amp;once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="175" />
            <source>&amp;Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="186" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="../../gui/window_layout.py" line="54" />
            <source>Starting {app}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZipLimits</name>
        <message>
            <location filename="../../core/zip_limits.py" line="44" />
            <source>Export too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="53" />
            <source>holds more than {count} files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="63" />
            <source>holds a file larger than {size}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="66" />
            <source>holds a file that would expand more than {ratio} times (a “zip bomb”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="67" />
            <source>Unsafe export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="72" />
            <source>would expand to more than {size} of files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="75" />
            <source>needs {size} of free space, more than the disk has left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="76" />
            <source>Not enough space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="104" />
            <source>is encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="104" />
            <location filename="../../core/zip_limits.py" line="109" />
            <source>Cannot read this export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="108" />
            <source>uses a kind of compression Replidesk cannot read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DesktopOpen</name>
        <message>
            <location filename="../../gui/desktop_open.py" line="43" />
            <source>Nothing was found at:

{path}

It may have been moved or deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="45" />
            <source>No program to show folders was found. The folder is:

{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="47" />
            <source>No program to open this file was found. It is saved at:

{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="49" />
            <source>Copy path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="51" />
            <source>No web browser could be opened. The address is:

{url}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="52" />
            <source>Copy address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="55" />
            <source>Could not open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="70" />
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeleteRuns</name>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="41" />
            <source>Delete %n run(s)</source>
            <translation>
                <numerusform>Delete %n run</numerusform>
                <numerusform>Delete %n runs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunListModel</name>
        <message>
            <location filename="../../gui/run_list_model.py" line="70" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list_model.py" line="72" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list_model.py" line="74" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="77" />
            <source>unknown date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="82" />
            <source>(no prompt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="87" />
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="89" />
            <source>{status} · {seconds} s</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

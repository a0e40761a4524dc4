<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AccountImport</name>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="57" />
            <source>Imported %n run(s).</source>
            <translation>
                <numerusform>%n Lauf importiert.</numerusform>
                <numerusform>%n Läufe importiert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="59" />
            <source>No runs were imported.</source>
            <translation>Es wurden keine Läufe importiert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="65" />
            <source>%n of them is older than an hour: Replicate had already deleted its outputs, so only its inputs were kept.</source>
            <translation>
                <numerusform>%n davon ist älter als eine Stunde: Replicate hatte seine Ausgaben bereits gelöscht, daher wurden nur seine Eingaben übernommen.</numerusform>
                <numerusform>%n davon sind älter als eine Stunde: Replicate hatte ihre Ausgaben bereits gelöscht, daher wurden nur ihre Eingaben übernommen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="75" />
            <source>%n of them are older than an hour: Replicate had already deleted their outputs, so only their inputs were kept.</source>
            <translation>
                <numerusform>%n davon ist älter als eine Stunde: Replicate hatte seine Ausgaben bereits gelöscht, daher wurden nur seine Eingaben übernommen.</numerusform>
                <numerusform>%n davon sind älter als eine Stunde: Replicate hatte ihre Ausgaben bereits gelöscht, daher wurden nur ihre Eingaben übernommen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="84" />
            <source>%n run was already in your history.</source>
            <translation>
                <numerusform>%n Lauf war bereits in Ihrem Verlauf.</numerusform>
                <numerusform>%n Läufe waren bereits in Ihrem Verlauf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="86" />
            <source>%n runs were already in your history.</source>
            <translation>
                <numerusform>%n Lauf war bereits in Ihrem Verlauf.</numerusform>
                <numerusform>%n Läufe waren bereits in Ihrem Verlauf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="89" />
            <source>%n run(s) still running on Replicate: import them later.</source>
            <translation>
                <numerusform>%n Lauf läuft noch auf Replicate: Importieren Sie ihn später.</numerusform>
                <numerusform>%n Läufe laufen noch auf Replicate: Importieren Sie sie später.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="92" />
            <source>%n run(s) could not be imported ({reasons}).</source>
            <translation>
                <numerusform>%n Lauf konnte nicht importiert werden ({reasons}).</numerusform>
                <numerusform>%n Läufe konnten nicht importiert werden ({reasons}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="95" />
            <source>%n output file(s) could not be saved ({reasons}).</source>
            <translation>
                <numerusform>%n Ausgabedatei konnte nicht gespeichert werden ({reasons}).</numerusform>
                <numerusform>%n Ausgabedateien konnten nicht gespeichert werden ({reasons}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="208" />
            <source>Unexpected answer from Replicate</source>
            <translation>Unerwartete Antwort von Replicate</translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="209" />
            <source>The run could not be read.</source>
            <translation>Der Lauf konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="276" />
            <source>the file host answered {status}</source>
            <translation>der Datei-Server antwortete mit {status}</translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="284" />
            <source>an inline file</source>
            <translation>eine eingebettete Datei</translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="292" />
            <source>its address is not a web address</source>
            <translation>ihre Adresse ist keine Webadresse</translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="293" />
            <source>it is damaged ({error})</source>
            <translation>sie ist beschädigt ({error})</translation>
        </message>
        <message>
            <location filename="../../core/account_import.py" line="304" />
            <source>Replicate deleted this run's outputs an hour after it ran, before it was imported: only what was left is kept (its inputs, if Replicate still had them, and its status).</source>
            <translation>Replicate hat die Ausgaben dieses Laufs eine Stunde danach gelöscht, noch vor dem Import: Nur was übrig war, ist erhalten (seine Eingaben, falls Replicate sie noch hatte, und sein Status).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="312" />
            <source>Replicate deleted %n of this run's output files an hour after it ran, before it was imported: only what was left is kept.</source>
            <translation>
                <numerusform>Replicate hat %n Ausgabedatei dieses Laufs eine Stunde danach gelöscht, noch vor dem Import: Nur was übrig war, ist erhalten.</numerusform>
                <numerusform>Replicate hat %n Ausgabedateien dieses Laufs eine Stunde danach gelöscht, noch vor dem Import: Nur was übrig war, ist erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/account_import.py" line="322" />
            <source>%n output file(s) could not be saved when it was imported ({reason}).</source>
            <translation>
                <numerusform>%n Ausgabedatei konnte beim Import nicht gespeichert werden ({reason}).</numerusform>
                <numerusform>%n Ausgabedateien konnten beim Import nicht gespeichert werden ({reason}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountImportDialog</name>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="169" />
            <source>Import from Replicate</source>
            <translation>Von Replicate importieren</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="179" />
            <source>Your runs on Replicate, newest first. Replicate deletes the outputs of runs made through its API an hour after they run, so import recent runs soon to keep their files.</source>
            <translation>Ihre Läufe auf Replicate, die neuesten zuerst. Replicate löscht die Ausgaben von Läufen über seine API eine Stunde nach dem Lauf. Importieren Sie neue Läufe also bald, um ihre Dateien zu behalten.</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="188" />
            <source>Runs on your Replicate account</source>
            <translation>Läufe in Ihrem Replicate-Konto</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="190" />
            <source>Select runs to import them, or import all listed; scroll down for older runs</source>
            <translation>Wählen Sie Läufe zum Importieren aus oder importieren Sie alle aufgelisteten; für ältere Läufe nach unten scrollen</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="209" />
            <location filename="../../gui/account_import_dialog.py" line="380" />
            <source>Load more</source>
            <translation>Mehr laden</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="210" />
            <source>Lists older runs from your Replicate account</source>
            <translation>Listet ältere Läufe aus Ihrem Replicate-Konto auf</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="212" />
            <source>Import selected</source>
            <translation>Auswahl importieren</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="215" />
            <source>Imports the selected runs into your history, with their files</source>
            <translation>Importiert die ausgewählten Läufe samt Dateien in Ihren Verlauf</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="217" />
            <source>Import all listed</source>
            <translation>Alle aufgelisteten importieren</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="219" />
            <source>Imports every run listed into your history, with their files</source>
            <translation>Importiert alle aufgelisteten Läufe samt Dateien in Ihren Verlauf</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="221" />
            <location filename="../../gui/account_import_dialog.py" line="384" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="275" />
            <source>Loading your runs from Replicate…</source>
            <translation>Ihre Läufe werden von Replicate geladen…</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="284" />
            <source>{title}. {message}</source>
            <translation>{title}. {message}</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="298" />
            <source>There are no runs on your Replicate account yet.</source>
            <translation>In Ihrem Replicate-Konto gibt es noch keine Läufe.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="301" />
            <source>%n run(s) listed, {gone} of them older than an hour (their outputs are already deleted).</source>
            <translation>
                <numerusform>%n Lauf aufgelistet, davon {gone} älter als eine Stunde (ihre Ausgaben sind bereits gelöscht).</numerusform>
                <numerusform>%n Läufe aufgelistet, davon {gone} älter als eine Stunde (ihre Ausgaben sind bereits gelöscht).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="308" />
            <source>%n run(s) listed.</source>
            <translation>
                <numerusform>%n Lauf aufgelistet.</numerusform>
                <numerusform>%n Läufe aufgelistet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="311" />
            <source>Only the newest {count} are listed here.</source>
            <translation>Hier werden nur die neuesten {count} aufgelistet.</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="313" />
            <source>Scroll down or press Load more for older runs.</source>
            <translation>Für ältere Läufe nach unten scrollen oder „Mehr laden“ drücken.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="332" />
            <source>Importing %n run(s)…</source>
            <translation>
                <numerusform>%n Lauf wird importiert…</numerusform>
                <numerusform>%n Läufe werden importiert…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="347" />
            <source>The import stopped: {title}. {message}</source>
            <translation>Der Import wurde abgebrochen: {title}. {message}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="355" />
            <source>Importing… {done} of %n run(s) saved.</source>
            <translation>
                <numerusform>Import läuft… {done} von %n Lauf gespeichert.</numerusform>
                <numerusform>Import läuft… {done} von %n Läufen gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="364" />
            <source>The import was stopped.</source>
            <translation>Der Import wurde gestoppt.</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="380" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="384" />
            <source>Stop import</source>
            <translation>Import stoppen</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="130" />
            <source>API token:</source>
            <translation>API-Token:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="133" />
            <source>Kept in:</source>
            <translation>Gespeichert in:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="134" />
            <source>R&amp;eplace token…</source>
            <translation>Token e&amp;rsetzen…</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="135" />
            <source>Replace token</source>
            <translation>Token ersetzen</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="136" />
            <source>Sign in with another Replicate API token</source>
            <translation>Mit einem anderen Replicate-API-Token anmelden</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="137" />
            <source>Sign &amp;out</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="138" />
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="139" />
            <source>Removes the token from this computer</source>
            <translation>Entfernt das Token von diesem Computer</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="151" />
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
    </context>
    <context>
        <name>AccountRuns</name>
        <message>
            <location filename="../../core/account_runs.py" line="87" />
            <source>Unexpected answer from Replicate</source>
            <translation>Unerwartete Antwort von Replicate</translation>
        </message>
        <message>
            <location filename="../../core/account_runs.py" line="88" />
            <source>Replicate's list of runs could not be read.</source>
            <translation>Die Liste der Läufe von Replicate konnte nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>AccountRunsModel</name>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="48" />
            <source>outputs deleted by Replicate</source>
            <translation>von Replicate gelöscht</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="56" />
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="57" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="58" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="59" />
            <source>Outputs</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="60" />
            <source>In your history</source>
            <translation>In Ihrem Verlauf</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="102" />
            <source>Prediction {id}</source>
            <translation>Vorhersage {id}</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="104" />
            <source>Deployment: {name}</source>
            <translation>Deployment: {name}</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="110" />
            <source>(unknown model)</source>
            <translation>(unbekanntes Modell)</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="117" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="123" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="126" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="129" />
            <source>{minutes} min ago</source>
            <translation>vor {minutes} Min.</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="132" />
            <source>{hours} h ago</source>
            <translation>vor {hours} Std.</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="142" />
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="149" />
            <source>still running</source>
            <translation>läuft noch</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="152" />
            <source>text and %n file(s)</source>
            <translation>
                <numerusform>Text und %n Datei</numerusform>
                <numerusform>Text und %n Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/account_import_dialog.py" line="154" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="156" />
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../gui/account_import_dialog.py" line="157" />
            <source>none</source>
            <translation>keine</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="158" />
            <source>Replidesk is already open, but it does not answer. Close it (or end it in your task manager), then start Replidesk again.</source>
            <translation>Replidesk ist schon geöffnet, antwortet aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager) und starten Sie Replidesk dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="233" />
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="235" />
            <location filename="../../gui/settings_pages.py" line="245" />
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="236" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="237" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="241" />
            <source>&amp;Theme:</source>
            <translation>Desi&amp;gn:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="244" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="249" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="250" />
            <source>A new language is used from the next start of Replidesk.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Replidesk.</translation>
        </message>
    </context>
    <context>
        <name>Archive</name>
        <message>
            <location filename="../../core/archive.py" line="70" />
            <source>{message} The export was not written.</source>
            <translation>{message} Der Export wurde nicht geschrieben.</translation>
        </message>
        <message>
            <location filename="../../core/archive.py" line="73" />
            <source>Could not write the export: {reason}.</source>
            <translation>Der Export konnte nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../core/archive.py" line="74" />
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="70" />
            <source>uses a kind of zip Replidesk cannot read</source>
            <translation>verwendet eine ZIP-Art, die Replidesk nicht lesen kann</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="71" />
            <source>Cannot read this export</source>
            <translation>Dieser Export kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="74" />
            <source>{message} Nothing was imported.</source>
            <translation>{message} Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="77" />
            <source>Could not import “{name}”: {reason}.</source>
            <translation>„{name}“ konnte nicht importiert werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="79" />
            <source>Import failed</source>
            <translation>Import fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="92" />
            <source>is not a file exported by Replidesk, or it is damaged</source>
            <translation>ist keine von Replidesk exportierte Datei oder ist beschädigt</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="96" />
            <source>Not a Replidesk export</source>
            <translation>Kein Replidesk-Export</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="114" />
            <source>“{name}” {why}. Nothing was imported.</source>
            <translation>„{name}“ {why}. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="130" />
            <source>Run {number}: {reason}</source>
            <translation>Lauf {number}: {reason}</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="153" />
            <source>lists its runs in more than {size}</source>
            <translation>listet seine Läufe in mehr als {size} auf</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="164" />
            <source>holds values nested too deeply to read</source>
            <translation>enthält zu tief verschachtelte Werte</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="172" />
            <source>was exported by a newer Replidesk: update Replidesk to import it</source>
            <translation>wurde von einem neueren Replidesk exportiert: Aktualisieren Sie Replidesk, um ihn zu importieren</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="173" />
            <source>Newer export</source>
            <translation>Neuerer Export</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="177" />
            <source>holds more than {count} runs</source>
            <translation>enthält mehr als {count} Läufe</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="197" />
            <source>field_files is not an object</source>
            <translation>field_files ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="206" />
            <source>{name} is larger than {size}</source>
            <translation>{name} ist größer als {size}</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="210" />
            <source>holds more than {size} of text</source>
            <translation>enthält mehr als {size} Text</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="216" />
            <source>{name} is not valid JSON</source>
            <translation>{name} ist kein gültiges JSON</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="234" />
            <source>is damaged: a file in it is larger than it says</source>
            <translation>ist beschädigt: Eine Datei darin ist größer als angegeben</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="251" />
            <source>{name} is not a file of the export</source>
            <translation>{name} ist keine Datei des Exports</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="252" />
            <source>a file is not a file of the export</source>
            <translation>eine Datei gehört nicht zum Export</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="257" />
            <source>{name} is missing from the export</source>
            <translation>{name} fehlt im Export</translation>
        </message>
        <message>
            <location filename="../../core/archive_import.py" line="258" />
            <source>a file is missing from the export</source>
            <translation>eine Datei fehlt im Export</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <location filename="../../gui/run_choices.py" line="110" />
            <source>Run several times</source>
            <translation>Mehrmals ausführen</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="112" />
            <location filename="../../gui/run_choices.py" line="113" />
            <source>Repeat this run</source>
            <translation>Diesen Lauf wiederholen</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="119" />
            <source> times</source>
            <translation> Mal</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="120" />
            <source>How many times</source>
            <translation>Wie oft</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="121" />
            <source>How many runs to start, from 2 to {most}</source>
            <translation>Wie viele Läufe gestartet werden, von 2 bis {most}</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="122" />
            <source>Each run gets a new random seed where the model has one.</source>
            <translation>Jeder Lauf erhält einen neuen zufälligen Seed, wo das Modell einen hat.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_choices.py" line="126" />
            <source>One run for each line of the prompt (%n line(s))</source>
            <translation>
                <numerusform>Ein Lauf je Zeile des Prompts (%n Zeile)</numerusform>
                <numerusform>Ein Lauf je Zeile des Prompts (%n Zeilen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="128" />
            <source>One run for each line of the prompt</source>
            <translation>Ein Lauf je Zeile des Prompts</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="131" />
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../gui/run_choices.py" line="33" />
            <source>Compare models</source>
            <translation>Modelle vergleichen</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="37" />
            <source>The prompt, and the inputs the models share, go to each model at once. Their answers show side by side.</source>
            <translation>Der Prompt und die Eingaben, die die Modelle gemeinsam haben, gehen gleichzeitig an jedes Modell. Ihre Antworten erscheinen nebeneinander.</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="54" />
            <source>owner/name</source>
            <translation>besitzer/name</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="54" />
            <source>owner/name (optional)</source>
            <translation>besitzer/name (optional)</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="55" />
            <source>Model {number}</source>
            <translation>Modell {number}</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="58" />
            <source>A model to send the prompt to (owner/name)</source>
            <translation>Ein Modell, an das der Prompt geht (besitzer/name)</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="60" />
            <source>Another model to compare, if you like (owner/name)</source>
            <translation>Ein weiteres Modell zum Vergleich, falls gewünscht (besitzer/name)</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="72" />
            <source>Run all</source>
            <translation>Alle ausführen</translation>
        </message>
        <message>
            <location filename="../../gui/run_choices.py" line="88" />
            <source>Choose at least two different models.</source>
            <translation>Wählen Sie mindestens zwei verschiedene Modelle.</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <location filename="../../gui/composer.py" line="140" />
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="141" />
            <source>What you ask the model. Ctrl+Enter runs it.</source>
            <translation>Was Sie das Modell fragen. Strg+Eingabe führt es aus.</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="142" />
            <location filename="../../gui/composer.py" line="243" />
            <source>Write your prompt here. Ctrl+Enter runs it.</source>
            <translation>Schreiben Sie hier Ihren Prompt. Strg+Eingabe führt ihn aus.</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="150" />
            <location filename="../../gui/composer.py" line="153" />
            <source>New conversation</source>
            <translation>Neue Unterhaltung</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="152" />
            <location filename="../../gui/composer.py" line="154" />
            <source>Start a fresh conversation (Ctrl+N)</source>
            <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="169" />
            <source>Inputs</source>
            <translation>Eingaben</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="175" />
            <location filename="../../gui/composer.py" line="177" />
            <source>Run</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="178" />
            <source>Run the model (Ctrl+Enter); runs already going carry on</source>
            <translation>Das Modell ausführen (Strg+Eingabe); laufende Läufe gehen weiter</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="181" />
            <location filename="../../gui/composer.py" line="183" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="184" />
            <source>Stop the run shown on Replicate (Esc)</source>
            <translation>Den angezeigten Lauf auf Replicate stoppen (Esc)</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="194" />
            <source>&amp;Model</source>
            <translation>&amp;Modell</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="196" />
            <source>&amp;Prompt</source>
            <translation>&amp;Prompt</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="200" />
            <source>&amp;Inputs</source>
            <translation>&amp;Eingaben</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="230" />
            <source>Looking up the model…</source>
            <translation>Modell wird nachgeschlagen…</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="236" />
            <source>(This model has no description.)</source>
            <translation>(Dieses Modell hat keine Beschreibung.)</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="245" />
            <source>{field} (optional). Ctrl+Enter runs.</source>
            <translation>{field} (optional). Strg+Eingabe führt aus.</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="269" />
            <source>Sign in to see this model's inputs.</source>
            <translation>Melden Sie sich an, um die Eingaben dieses Modells zu sehen.</translation>
        </message>
        <message>
            <location filename="../../gui/composer.py" line="337" />
            <source>Run replies in this conversation, after “{start}”.</source>
            <translation>Läufe antworten in dieser Unterhaltung, nach „{start}“.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../gui/dialogs.py" line="19" />
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="21" />
            <source>&lt;p&gt;A desktop app for running AI models hosted on Replicate.&lt;/p&gt;&lt;p&gt;{app} is an independent project. It is not made, endorsed or supported by Replicate, Inc.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Eine Desktop-App zum Ausführen von KI-Modellen, die auf Replicate gehostet werden.&lt;/p&gt;&lt;p&gt;{app} ist ein unabhängiges Projekt. Es wird nicht von Replicate, Inc. erstellt, empfohlen oder unterstützt.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="39" />
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="40" />
            <source>Your runs, their output files and the history database are kept in:

{folder}</source>
            <translation>Ihre Läufe, ihre Ausgabedateien und die Verlaufsdatenbank liegen in:

{folder}</translation>
        </message>
        <message>
            <location filename="../../gui/dialogs.py" line="48" />
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <location filename="../../core/download_state.py" line="35" />
            <source>{name} was not downloaded: it is larger than {limit}, the largest output file to download (Settings → Files).</source>
            <translation>{name} wurde nicht heruntergeladen: Die Datei ist größer als {limit}, die größte Ausgabedatei, die heruntergeladen wird (Einstellungen → Dateien).</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="40" />
            <source>A file is too large</source>
            <translation>Eine Datei ist zu groß</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="48" />
            <source>The disk is full: {name} could not be saved. Free some space on it.</source>
            <translation>Der Datenträger ist voll: {name} konnte nicht gespeichert werden. Geben Sie dort Speicherplatz frei.</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="49" />
            <source>The disk is full</source>
            <translation>Der Datenträger ist voll</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="166" />
            <source>the file host answered {status}</source>
            <translation>der Datei-Server antwortete {status}</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="173" />
            <source>the file host stopped answering</source>
            <translation>der Datei-Server antwortete nicht mehr</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="175" />
            <source>the file arrived damaged</source>
            <translation>die Datei kam beschädigt an</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="177" />
            <source>the transfer broke off before the end</source>
            <translation>die Übertragung brach vor dem Ende ab</translation>
        </message>
        <message>
            <location filename="../../core/download_state.py" line="178" />
            <source>the file host could not be reached</source>
            <translation>der Datei-Server war nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../../core/downloads.py" line="67" />
            <source>A file could not be downloaded</source>
            <translation>Eine Datei konnte nicht heruntergeladen werden</translation>
        </message>
        <message>
            <location filename="../../core/downloads.py" line="253" />
            <source>the file host sent it to an address that is not a web address</source>
            <translation>der Datei-Server leitete auf eine Adresse um, die keine Webadresse ist</translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/download_state.py" line="64" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Byte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/downloads.py" line="64" />
            <source>{name} could not be downloaded after %n attempt(s): {reason}.</source>
            <translation>
                <numerusform>{name} konnte nach %n Versuch nicht heruntergeladen werden: {reason}.</numerusform>
                <numerusform>{name} konnte nach %n Versuchen nicht heruntergeladen werden: {reason}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorReporting</name>
        <message>
            <location filename="../../gui/error_reporting.py" line="55" />
            <source>The data folder cannot be written</source>
            <translation>Der Datenordner ist nicht beschreibbar</translation>
        </message>
        <message>
            <location filename="../../gui/error_reporting.py" line="56" />
            <source>Replidesk cannot write in its data folder {folder} ({reason}): runs cannot be recorded, and the log goes to the terminal. Choose another data folder in Settings → Files, or set REPLIDESK_DATA_DIR to a folder you can write to.</source>
            <translation>Replidesk kann nicht in seinen Datenordner {folder} schreiben ({reason}): Läufe können nicht aufgezeichnet werden, und das Protokoll geht an das Terminal. Wählen Sie unter Einstellungen → Dateien einen anderen Datenordner, oder setzen Sie REPLIDESK_DATA_DIR auf einen Ordner, in den Sie schreiben können.</translation>
        </message>
        <message>
            <location filename="../../gui/error_reporting.py" line="93" />
            <source>Details were written to the log file.</source>
            <translation>Details wurden in die Protokolldatei geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../gui/field_widgets.py" line="86" />
            <source>Kept only for this session, never saved</source>
            <translation>Nur für diese Sitzung behalten, nie gespeichert</translation>
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="110" />
            <source>JSON, for example [1, 2] or {"key": "value"}</source>
            <translation>JSON, zum Beispiel [1, 2] oder {"key": "value"}</translation>
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="131" />
            <source>One item a line</source>
            <translation>Ein Eintrag pro Zeile</translation>
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="187" />
            <source>Random</source>
            <translation>Zufällig</translation>
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="189" />
            <source>Model default</source>
            <translation>Standard des Modells</translation>
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="218" />
            <source>{label} slider</source>
            <translation>Schieberegler {label}</translation>
        </message>
        <message>
            <location filename="../../gui/field_widgets.py" line="221" />
            <source>From {low} to {high}</source>
            <translation>Von {low} bis {high}</translation>
        </message>
    </context>
    <context>
        <name>FileCard</name>
        <message>
            <location filename="../../gui/file_views.py" line="51" />
            <location filename="../../gui/file_views.py" line="53" />
            <source>Open folder</source>
            <translation>Ordner öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="54" />
            <source>Show the folder that holds this file</source>
            <translation>Den Ordner mit dieser Datei anzeigen</translation>
        </message>
    </context>
    <context>
        <name>FileEditor</name>
        <message>
            <location filename="../../gui/file_input.py" line="33" />
            <source>Drop a file here</source>
            <translation>Datei hier ablegen</translation>
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="34" />
            <source>Drop a file here, choose one, or paste a web address</source>
            <translation>Datei hier ablegen, eine auswählen oder eine Webadresse einfügen</translation>
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="36" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="38" />
            <location filename="../../gui/file_input.py" line="83" />
            <source>Choose a file for {label}</source>
            <translation>Eine Datei für {label} auswählen</translation>
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="39" />
            <source>Opens a file dialog</source>
            <translation>Öffnet einen Dateidialog</translation>
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="104" />
            <source>A web address</source>
            <translation>Eine Webadresse</translation>
        </message>
        <message>
            <location filename="../../gui/file_input.py" line="107" />
            <source>“{name}” was not found</source>
            <translation>„{name}“ wurde nicht gefunden</translation>
        </message>
    </context>
    <context>
        <name>FilesPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="161" />
            <source>Output folder</source>
            <translation>Ausgabeordner</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="164" />
            <source>Where the files of your next runs are saved; empty: the data folder's outputs</source>
            <translation>Wo die Dateien Ihrer nächsten Läufe gespeichert werden; leer: der Ausgabeordner im Datenordner</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="167" />
            <source>&amp;Output folder:</source>
            <translation>A&amp;usgabeordner:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="168" />
            <source>New runs save their files here. Files already saved stay where they are.</source>
            <translation>Neue Läufe speichern ihre Dateien hier. Bereits gespeicherte Dateien bleiben, wo sie sind.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="171" />
            <source>Largest output file to download</source>
            <translation>Größte Ausgabedatei zum Herunterladen</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="173" />
            <source>An output file larger than this is not downloaded, and the run says which one</source>
            <translation>Eine größere Ausgabedatei wird nicht heruntergeladen, und der Lauf nennt sie</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="179" />
            <source>&amp;Largest output file to download:</source>
            <translation>&amp;Größte Ausgabedatei zum Herunterladen:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="180" />
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="182" />
            <source>Where your history of runs is kept, from the next start</source>
            <translation>Wo Ihr Verlauf der Läufe liegt, ab dem nächsten Start</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="184" />
            <source>&amp;Data folder:</source>
            <translation>Da&amp;tenordner:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="185" />
            <source>Used from the next start of Replidesk. Your history is not moved: copy it yourself.</source>
            <translation>Gilt ab dem nächsten Start von Replidesk. Ihr Verlauf wird nicht verschoben: Kopieren Sie ihn selbst.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="187" />
            <source>REPLIDESK_DATA_DIR is set, and it wins over this choice.</source>
            <translation>REPLIDESK_DATA_DIR ist gesetzt und hat Vorrang vor dieser Wahl.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="192" />
            <source>No limit</source>
            <translation>Keine Grenze</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="194" />
            <source>{count} GB</source>
            <translation>{count} GB</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="195" />
            <source>{count} MB</source>
            <translation>{count} MB</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="205" />
            <source>That is a data folder. Choose a folder of its own for the output files.</source>
            <translation>Das ist ein Datenordner. Wählen Sie für die Ausgabedateien einen eigenen Ordner.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="208" />
            <source>The data folder cannot be inside the output folder. Choose another.</source>
            <translation>Der Datenordner darf nicht im Ausgabeordner liegen. Wählen Sie einen anderen.</translation>
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="87" />
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="88" />
            <source>Choose: {name}</source>
            <translation>Auswählen: {name}</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="90" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="91" />
            <source>Open: {name}</source>
            <translation>Öffnen: {name}</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="92" />
            <source>Shows the folder in your file manager</source>
            <translation>Zeigt den Ordner in Ihrem Dateimanager</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../gui/help_dialogs.py" line="54" />
            <source>Getting started with {app}</source>
            <translation>Erste Schritte mit {app}</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="60" />
            <source>Guide</source>
            <translation>Anleitung</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="63" />
            <source>&lt;h3&gt;Run a model in three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Choose a model&lt;/b&gt; (Ctrl+L): type its name, such as meta/meta-llama-3-8b-instruct, or what it should do, such as “draw a picture”. Ctrl+K opens the model browser.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Write a prompt&lt;/b&gt;: what you want the model to write or draw. The other inputs are optional; each one explains itself when you point at it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Press Run&lt;/b&gt; (Ctrl+Enter). Text appears as it is written; images, sound and files are saved on your computer as they arrive.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Your runs&lt;/h3&gt;&lt;p&gt;Every run is kept in the list on the left, with its output files, even after you close the app. Search it with Ctrl+F, star the ones you like, run one again or change it.&lt;/p&gt;&lt;p&gt;Several runs can go at once; Esc cancels the one shown. A chat model remembers the conversation shown; Ctrl+N starts a new one.&lt;/p&gt;&lt;h3&gt;What it costs&lt;/h3&gt;&lt;p&gt;Models run on Replicate, a service in the cloud, with your own Replicate account: Replicate bills each run to it. {app} is independent of Replicate.&lt;/p&gt;&lt;h3&gt;When something goes wrong&lt;/h3&gt;&lt;p&gt;Messages say what happened and what to do. If a problem stays, use Help → Report a problem to save the log into a file you can send.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Ein Modell in drei Schritten ausführen&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Modell wählen&lt;/b&gt; (Strg+L): Geben Sie seinen Namen ein, etwa meta/meta-llama-3-8b-instruct, oder was es tun soll, etwa „ein Bild malen“. Strg+K öffnet die Modellsuche.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Prompt schreiben&lt;/b&gt;: was das Modell schreiben oder zeichnen soll. Die anderen Eingaben sind optional; jede erklärt sich, wenn Sie darauf zeigen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ausführen drücken&lt;/b&gt; (Strg+Eingabe). Text erscheint, während er geschrieben wird; Bilder, Töne und Dateien werden beim Eintreffen auf Ihrem Computer gespeichert.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Ihre Läufe&lt;/h3&gt;&lt;p&gt;Jeder Lauf bleibt mit seinen Ausgabedateien in der Liste links, auch nachdem Sie die App schließen. Durchsuchen Sie sie mit Strg+F, markieren Sie die, die Ihnen gefallen, mit einem Stern, führen Sie einen erneut aus oder ändern Sie ihn.&lt;/p&gt;&lt;p&gt;Mehrere Läufe können gleichzeitig laufen; Esc bricht den angezeigten ab. Ein Chat-Modell merkt sich die angezeigte Unterhaltung; Strg+N beginnt eine neue.&lt;/p&gt;&lt;h3&gt;Was es kostet&lt;/h3&gt;&lt;p&gt;Modelle laufen auf Replicate, einem Cloud-Dienst, mit Ihrem eigenen Replicate-Konto: Replicate stellt ihm jeden Lauf in Rechnung. {app} ist unabhängig von Replicate.&lt;/p&gt;&lt;h3&gt;Wenn etwas schiefgeht&lt;/h3&gt;&lt;p&gt;Meldungen sagen, was passiert ist und was zu tun ist. Bleibt ein Problem bestehen, speichern Sie mit Hilfe → Problem melden das Protokoll in eine Datei, die Sie verschicken können.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="103" />
            <location filename="../../gui/help_dialogs.py" line="108" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="110" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="110" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="121" />
            <source>Tab moves between the model, the prompt, the inputs and Run; Alt with an underlined letter picks it.</source>
            <translation>Tab wechselt zwischen Modell, Prompt, Eingaben und Ausführen; Alt mit einem unterstrichenen Buchstaben wählt ihn.</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="154" />
            <source>Report a problem</source>
            <translation>Problem melden</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="157" />
            <source>Saving a report puts the app's log (what it did and which errors it met; your API token is removed) and your system's name into one file in your Documents folder. Send that file, with a few words on what you did and what happened, to whoever helps you with {app}, or attach it to a new report on {app}'s issue page (a free GitHub account is needed).</source>
            <translation>Ein Bericht legt das Protokoll der App (was sie getan hat und auf welche Fehler sie gestoßen ist; Ihr API-Token wird entfernt) und den Namen Ihres Systems in eine Datei in Ihrem Dokumente-Ordner. Senden Sie diese Datei mit ein paar Worten dazu, was Sie getan haben und was passiert ist, an die Person, die Ihnen bei {app} hilft, oder hängen Sie sie an eine neue Meldung auf der Problemseite von {app} an (dafür ist ein kostenloses GitHub-Konto nötig).</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="175" />
            <source>&amp;Save report</source>
            <translation>Bericht &amp;speichern</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="178" />
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="182" />
            <source>Open the &amp;issue page</source>
            <translation>&amp;Problemseite öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="194" />
            <source>The report could not be saved: {reason}</source>
            <translation>Der Bericht konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/help_dialogs.py" line="199" />
            <source>Saved as {path}</source>
            <translation>Gespeichert als {path}</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../core/errors.py" line="48" />
            <source>History from a newer Replidesk</source>
            <translation>Verlauf aus einem neueren Replidesk</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="49" />
            <source>This history was written by a newer Replidesk (version {version}). Update Replidesk, or choose another data folder in Settings. It was left as it is ({folder}); until then, runs cannot be recorded, so Run starts none.</source>
            <translation>Dieser Verlauf wurde von einem neueren Replidesk geschrieben (Version {version}). Aktualisieren Sie Replidesk, oder wählen Sie in den Einstellungen einen anderen Datenordner. Er bleibt unverändert ({folder}); bis dahin können keine Läufe aufgezeichnet werden, daher startet Ausführen keinen.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="65" />
            <source>The data folder cannot be written</source>
            <translation>Der Datenordner ist nicht beschreibbar</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="66" />
            <source>Replidesk cannot write its history in {folder} ({reason}), so runs cannot be recorded and Run starts none. Choose another data folder in Settings → Files, or set REPLIDESK_DATA_DIR to a folder you can write to.</source>
            <translation>Replidesk kann seinen Verlauf nicht in {folder} schreiben ({reason}), daher können keine Läufe aufgezeichnet werden und Ausführen startet keinen. Wählen Sie unter Einstellungen → Dateien einen anderen Datenordner, oder setzen Sie REPLIDESK_DATA_DIR auf einen Ordner, in den Sie schreiben können.</translation>
        </message>
    </context>
    <context>
        <name>ImageCard</name>
        <message>
            <location filename="../../gui/image_view.py" line="145" />
            <source>Output image {name}</source>
            <translation>Ausgabebild {name}</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="147" />
            <source>{width} by {height} pixels</source>
            <translation>{width} mal {height} Pixel</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="151" />
            <source>Double-click to open it full size; drag it out to copy the file elsewhere; right-click for more, such as Show in folder</source>
            <translation>Doppelklick öffnet es in voller Größe; herausziehen kopiert die Datei an einen anderen Ort; Rechtsklick für mehr, etwa „Im Ordner zeigen“</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="166" />
            <source>{width} × {height} px · {size}</source>
            <translation>{width} × {height} px · {size}</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="175" />
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="175" />
            <source>Fit the whole image in the pane</source>
            <translation>Das ganze Bild in den Bereich einpassen</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="177" />
            <source>100%</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="179" />
            <source>Show the image at its real size, one image pixel per screen pixel</source>
            <translation>Das Bild in Originalgröße zeigen, ein Bildpixel pro Bildschirmpixel</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="182" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="182" />
            <source>Open the image in your image viewer</source>
            <translation>Das Bild in Ihrem Bildbetrachter öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="183" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="183" />
            <source>Copy the image to the clipboard</source>
            <translation>Das Bild in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="188" />
            <source> percent</source>
            <translation> Prozent</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="297" />
            <source>{name} · {details}
Saved in {folder}</source>
            <translation>{name} · {details}
Gespeichert in {folder}</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="308" />
            <source>&amp;Open</source>
            <translation>&amp;Öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="309" />
            <source>Show in &amp;folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="310" />
            <source>&amp;Copy image</source>
            <translation>Bild &amp;kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="311" />
            <source>Copy file &amp;path</source>
            <translation>Datei&amp;pfad kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="312" />
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter…</translation>
        </message>
    </context>
    <context>
        <name>InputFields</name>
        <message>
            <location filename="../../core/input_fields.py" line="126" />
            <source>Number of outputs</source>
            <translation>Anzahl der Ausgaben</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="127" />
            <source>Number of images</source>
            <translation>Anzahl der Bilder</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="128" />
            <source>Number of steps</source>
            <translation>Anzahl der Schritte</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="129" />
            <location filename="../../core/input_fields.py" line="130" />
            <source>Maximum length (tokens)</source>
            <translation>Maximale Länge (Tokens)</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="131" />
            <location filename="../../core/input_fields.py" line="132" />
            <source>Minimum length (tokens)</source>
            <translation>Minimale Länge (Tokens)</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="133" />
            <source>LoRA strength</source>
            <translation>LoRA-Stärke</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="134" />
            <source>Aspect ratio</source>
            <translation>Seitenverhältnis</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="136" />
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="137" />
            <source>Negative prompt</source>
            <translation>Negativer Prompt</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="138" />
            <source>System prompt</source>
            <translation>System-Prompt</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="139" />
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="140" />
            <source>Mask</source>
            <translation>Maske</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="141" />
            <source>Width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="142" />
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="143" />
            <source>Seed</source>
            <translation>Seed (Startwert)</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="144" />
            <source>Temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="145" />
            <source>Scale</source>
            <translation>Skalierung</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="146" />
            <source>Guidance scale</source>
            <translation>Prompt-Treue (Guidance)</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="147" />
            <source>Prompt strength</source>
            <translation>Prompt-Stärke</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="148" />
            <source>Face enhance</source>
            <translation>Gesichter verbessern</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="149" />
            <source>Output format</source>
            <translation>Ausgabeformat</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="150" />
            <source>Output quality</source>
            <translation>Ausgabequalität</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="151" />
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="152" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="159" />
            <source>Higher gives more varied, creative answers; lower gives more predictable ones.</source>
            <translation>Höher ergibt abwechslungsreichere, kreativere Antworten; niedriger vorhersehbarere.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="162" />
            <source>The model picks each next word among the most likely ones whose chances add up to this share (1 = all words). Lower keeps the answer focused.</source>
            <translation>Das Modell wählt jedes nächste Wort aus den wahrscheinlichsten, deren Chancen zusammen diesen Anteil ergeben (1 = alle Wörter). Niedriger hält die Antwort fokussiert.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="167" />
            <source>The model picks each next word among this many most likely words. Lower keeps the answer focused.</source>
            <translation>Das Modell wählt jedes nächste Wort aus so vielen der wahrscheinlichsten Wörter. Niedriger hält die Antwort fokussiert.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="171" />
            <location filename="../../core/input_fields.py" line="172" />
            <location filename="../../core/input_fields.py" line="173" />
            <source>A token is about three quarters of a word.</source>
            <translation>Ein Token ist etwa drei Viertel eines Wortes.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="174" />
            <source>Higher makes the model more likely to move to new topics.</source>
            <translation>Höher lässt das Modell eher zu neuen Themen wechseln.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="175" />
            <source>Higher makes the model repeat the same words less often.</source>
            <translation>Höher lässt das Modell dieselben Wörter seltener wiederholen.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="176" />
            <source>Higher makes the model repeat itself less.</source>
            <translation>Höher lässt das Modell sich weniger wiederholen.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="177" />
            <source>The same seed with the same inputs gives the same result again.</source>
            <translation>Derselbe Seed mit denselben Eingaben ergibt wieder dasselbe Ergebnis.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="178" />
            <source>Higher follows the prompt more closely; lower is freer.</source>
            <translation>Höher folgt dem Prompt genauer; niedriger ist freier.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="179" />
            <source>More steps take longer and often add detail.</source>
            <translation>Mehr Schritte dauern länger und bringen oft mehr Details.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="180" />
            <source>What you do not want to see in the result.</source>
            <translation>Was Sie im Ergebnis nicht sehen möchten.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="226" />
            <source>A list Replidesk has no editor for yet: type it as JSON.</source>
            <translation>Eine Liste, für die Replidesk noch keinen Editor hat: Geben Sie sie als JSON ein.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="229" />
            <source>This input takes several types: type it as JSON.</source>
            <translation>Diese Eingabe nimmt mehrere Typen an: Geben Sie sie als JSON ein.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="230" />
            <source>An input Replidesk has no editor for yet: type it as JSON.</source>
            <translation>Eine Eingabe, für die Replidesk noch keinen Editor hat: Geben Sie sie als JSON ein.</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="312" />
            <source>Random unless set</source>
            <translation>Zufällig, wenn nicht gesetzt</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="314" />
            <source>Required</source>
            <translation>Erforderlich</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="314" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="319" />
            <source>on</source>
            <translation>an</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="319" />
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <location filename="../../core/input_fields.py" line="324" />
            <source>Default: {value}</source>
            <translation>Standard: {value}</translation>
        </message>
    </context>
    <context>
        <name>InputForm</name>
        <message>
            <location filename="../../gui/input_form.py" line="109" />
            <source>Shows or hides the settings most runs leave as they are</source>
            <translation>Zeigt oder verbirgt die Einstellungen, die die meisten Läufe unverändert lassen</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="112" />
            <location filename="../../gui/input_form.py" line="187" />
            <source>This model has no other inputs.</source>
            <translation>Dieses Modell hat keine weiteren Eingaben.</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="115" />
            <location filename="../../gui/input_form.py" line="286" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="115" />
            <source>Set every input back to the model's default</source>
            <translation>Alle Eingaben auf die Standardwerte des Modells zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="120" />
            <location filename="../../gui/input_form.py" line="300" />
            <source>Use example</source>
            <translation>Beispiel verwenden</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="121" />
            <source>Fill the inputs and the prompt with the model's own example</source>
            <translation>Eingaben und Prompt mit dem Beispiel des Modells füllen</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="123" />
            <location filename="../../gui/input_form.py" line="125" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="169" />
            <source>Choose a model to see its inputs.</source>
            <translation>Wählen Sie ein Modell, um seine Eingaben zu sehen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/input_form.py" line="200" />
            <location filename="../../gui/input_form.py" line="201" />
            <source>More options (%n)</source>
            <translation>
                <numerusform>Weitere Optionen (%n)</numerusform>
                <numerusform>Weitere Optionen (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="294" />
            <source>The example also sets {names}, which this version of the model does not have: left out.</source>
            <translation>Das Beispiel setzt auch {names}, was diese Version des Modells nicht hat: ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="336" />
            <source>Bring back what “{change}” replaced ({keys})</source>
            <translation>Wiederherstellen, was „{change}“ ersetzt hat ({keys})</translation>
        </message>
        <message>
            <location filename="../../gui/input_form.py" line="339" />
            <source>Undo “{change}”</source>
            <translation>„{change}“ rückgängig machen</translation>
        </message>
    </context>
    <context>
        <name>InputValues</name>
        <message>
            <location filename="../../core/input_values.py" line="109" />
            <source>{label} is required.</source>
            <translation>{label} ist erforderlich.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="119" />
            <source>{label}: type it again (secrets are never saved).</source>
            <translation>{label}: Bitte erneut eingeben (Geheimnisse werden nie gespeichert).</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="158" />
            <source>{label} must be one of: {choices}.</source>
            <translation>{label} muss eines davon sein: {choices}.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="164" />
            <source>{label} is not valid JSON ({error} at character {position}).</source>
            <translation>{label} ist kein gültiges JSON ({error} bei Zeichen {position}).</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="173" />
            <source>{label} (item {position})</source>
            <translation>{label} (Eintrag {position})</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="182" />
            <source>{label} must be on or off.</source>
            <translation>{label} muss an oder aus sein.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="187" />
            <source>{label} must be text.</source>
            <translation>{label} muss Text sein.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="195" />
            <source>{label} must be a whole number.</source>
            <translation>{label} muss eine ganze Zahl sein.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="196" />
            <source>{label} must be a number.</source>
            <translation>{label} muss eine Zahl sein.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="211" />
            <source>{label} must be between {low} and {high}.</source>
            <translation>{label} muss zwischen {low} und {high} liegen.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="214" />
            <source>{label} must be at least {low}.</source>
            <translation>{label} muss mindestens {low} sein.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="216" />
            <source>{label} must be at most {high}.</source>
            <translation>{label} darf höchstens {high} sein.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="223" />
            <source>{label} must be a file or a web address.</source>
            <translation>{label} muss eine Datei oder eine Webadresse sein.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="226" />
            <source>a file</source>
            <translation>eine Datei</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="228" />
            <source>{label}: this run came from another computer: choose the file to send instead of “{name}”.</source>
            <translation>{label}: Dieser Lauf stammt von einem anderen Computer: Wählen Sie die zu sendende Datei anstelle von „{name}“.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="240" />
            <source>{label} must be a file on this computer or a web address starting with https://.</source>
            <translation>{label} muss eine Datei auf diesem Computer oder eine Webadresse sein, die mit https:// beginnt.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="248" />
            <source>{label}: the file “{name}” was not found. Choose it again.</source>
            <translation>{label}: Die Datei „{name}“ wurde nicht gefunden. Wählen Sie sie erneut.</translation>
        </message>
        <message>
            <location filename="../../core/input_values.py" line="258" />
            <source>{label}: the file “{name}” cannot be read.</source>
            <translation>{label}: Die Datei „{name}“ kann nicht gelesen werden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/input_values.py" line="262" />
            <source>{label}: the file “{name}” is larger than %n MB.</source>
            <translation>
                <numerusform>{label}: Die Datei „{name}“ ist größer als %n MB.</numerusform>
                <numerusform>{label}: Die Datei „{name}“ ist größer als %n MB.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogPane</name>
        <message>
            <location filename="../../gui/log_pane.py" line="18" />
            <location filename="../../gui/log_pane.py" line="37" />
            <source>Logs</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="19" />
            <source>Show logs</source>
            <translation>Protokoll zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="20" />
            <source>Show or hide what the model printed while it ran</source>
            <translation>Zeigen oder verbergen, was das Modell während des Laufs ausgegeben hat</translation>
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="29" />
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <location filename="../../gui/log_pane.py" line="67" />
            <source>%p%  ({current}/{total})</source>
            <translation>%p %  ({current}/{total})</translation>
        </message>
    </context>
    <context>
        <name>LongView</name>
        <message>
            <location filename="../../gui/text_view.py" line="53" />
            <source>Long answer: shown as plain text.</source>
            <translation>Lange Antwort: als reiner Text angezeigt.</translation>
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="57" />
            <source>Output text</source>
            <translation>Ausgabetext</translation>
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="58" />
            <source>The model's answer, as plain text</source>
            <translation>Die Antwort des Modells als reiner Text</translation>
        </message>
    </context>
    <context>
        <name>MediaCard</name>
        <message>
            <location filename="../../gui/media_view.py" line="56" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="63" />
            <location filename="../../gui/media_view.py" line="68" />
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="79" />
            <source>{name} · {size}</source>
            <translation>{name} · {size}</translation>
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="120" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../gui/media_view.py" line="120" />
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
    </context>
    <context>
        <name>ModelBrowser</name>
        <message>
            <location filename="../../gui/model_browser.py" line="54" />
            <source>Find a model</source>
            <translation>Ein Modell finden</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="63" />
            <source>Search models</source>
            <translation>Modelle suchen</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="65" />
            <source>Words for what the model should do, or a model's name or address</source>
            <translation>Wörter dafür, was das Modell tun soll, oder der Name oder die Adresse eines Modells</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="68" />
            <source>What do you want to do? For example: upscale photo, chatbot, whisper</source>
            <translation>Was möchten Sie tun? Zum Beispiel: upscale photo, chatbot, whisper</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="76" />
            <source>Collections</source>
            <translation>Sammlungen</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="78" />
            <source>Groups of models to browse: favourites and Replicate's collections</source>
            <translation>Gruppen von Modellen zum Durchsehen: Favoriten und die Sammlungen von Replicate</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="83" />
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="85" />
            <source>The models found: choose one to see its card, press Enter to use it</source>
            <translation>Die gefundenen Modelle: Wählen Sie eines, um seine Karte zu sehen; Eingabe verwendet es</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="140" />
            <source>{title}: Replidesk is offline or Replicate cannot be reached. The models known on this computer are shown.</source>
            <translation>{title}: Replidesk ist offline oder Replicate ist nicht erreichbar. Die auf diesem Computer bekannten Modelle werden gezeigt.</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="163" />
            <source>★ Favourites</source>
            <translation>★ Favoriten</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="163" />
            <source>Models you marked ★</source>
            <translation>Modelle, die Sie mit ★ markiert haben</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="165" />
            <source>Your deployments</source>
            <translation>Ihre Deployments</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="165" />
            <source>Your own deployments on Replicate</source>
            <translation>Ihre eigenen Deployments auf Replicate</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="211" />
            <source>Mark models with ★ Favourite to find them here.</source>
            <translation>Markieren Sie Modelle mit ★ Favorit, um sie hier zu finden.</translation>
        </message>
        <message>
            <location filename="../../gui/model_browser.py" line="222" />
            <source>{title}: this collection could not be loaded.</source>
            <translation>{title}: Diese Sammlung konnte nicht geladen werden.</translation>
        </message>
    </context>
    <context>
        <name>ModelCard</name>
        <message>
            <location filename="../../gui/model_card.py" line="54" />
            <location filename="../../gui/model_card.py" line="55" />
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="56" />
            <source>a secret</source>
            <translation>ein Geheimnis</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="57" />
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="58" />
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="59" />
            <source>yes or no</source>
            <translation>ja oder nein</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="60" />
            <source>a choice</source>
            <translation>eine Auswahl</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="61" />
            <source>a file</source>
            <translation>eine Datei</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="62" />
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="63" />
            <source>structured data</source>
            <translation>strukturierte Daten</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="65" />
            <source>a value</source>
            <translation>ein Wert</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="71" />
            <source>Text, written as it is generated.</source>
            <translation>Text, geschrieben, während er entsteht.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="75" />
            <source>Images, saved on this computer.</source>
            <translation>Bilder, auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="77" />
            <source>Sound, saved on this computer.</source>
            <translation>Ton, auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="79" />
            <source>Video, saved on this computer.</source>
            <translation>Video, auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="80" />
            <source>Files (images, sound, video or other files), saved on this computer.</source>
            <translation>Dateien (Bilder, Ton, Video oder andere Dateien), auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="83" />
            <source>Text or data.</source>
            <translation>Text oder Daten.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="98" />
            <source>Replicate page</source>
            <translation>Replicate-Seite</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="99" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="100" />
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="101" />
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="109" />
            <source>{label} ({kind})</source>
            <translation>{label} ({kind})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/model_card.py" line="114" />
            <source>{fields}, and %n optional setting(s)</source>
            <translation>
                <numerusform>{fields} und %n optionale Einstellung</numerusform>
                <numerusform>{fields} und %n optionale Einstellungen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="150" />
            <source>(no example)</source>
            <translation>(kein Beispiel)</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="159" />
            <source>Input: {input}</source>
            <translation>Eingabe: {input}</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="164" />
            <source>Output: {output}</source>
            <translation>Ausgabe: {output}</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="199" />
            <location filename="../../gui/model_card.py" line="345" />
            <source>☆ Favourite</source>
            <translation>☆ Favorit</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="200" />
            <source>Favourite</source>
            <translation>Favorit</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="201" />
            <source>Marks this model as a favourite: favourites come first</source>
            <translation>Markiert dieses Modell als Favorit: Favoriten stehen oben</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="217" />
            <location filename="../../gui/model_card.py" line="255" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="218" />
            <source>The model's version to run: the latest, or one pinned</source>
            <translation>Die auszuführende Version des Modells: die neueste oder eine festgelegte</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="219" />
            <location filename="../../gui/model_card.py" line="220" />
            <source>Use this model</source>
            <translation>Dieses Modell verwenden</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="229" />
            <source>Opens the page in your web browser</source>
            <translation>Öffnet die Seite in Ihrem Webbrowser</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="251" />
            <source>Takes</source>
            <translation>Nimmt</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="251" />
            <source>Gives</source>
            <translation>Gibt</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="251" />
            <source>Example</source>
            <translation>Beispiel</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="279" />
            <source>Latest version</source>
            <translation>Neueste Version</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="285" />
            <source>Choose a model to see what it does.</source>
            <translation>Wählen Sie ein Modell, um zu sehen, was es tut.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="291" />
            <source>One of your deployments</source>
            <translation>Eines Ihrer Deployments</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="292" />
            <source>(This model has no description.)</source>
            <translation>(Dieses Modell hat keine Beschreibung.)</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="293" />
            <source>Looking up…</source>
            <translation>Wird nachgeschlagen…</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="311" />
            <source>Nothing: it runs as it is.</source>
            <translation>Nichts: Es läuft so, wie es ist.</translation>
        </message>
        <message>
            <location filename="../../gui/model_card.py" line="345" />
            <source>★ Favourite</source>
            <translation>★ Favorit</translation>
        </message>
    </context>
    <context>
        <name>ModelDirectory</name>
        <message>
            <location filename="../../core/model_directory.py" line="105" />
            <source>No release yet.</source>
            <translation>Noch kein Release.</translation>
        </message>
        <message>
            <location filename="../../core/model_directory.py" line="107" />
            <source>Runs {model} (release {number}).</source>
            <translation>Führt {model} aus (Release {number}).</translation>
        </message>
        <message>
            <location filename="../../core/model_directory.py" line="111" />
            <source>Runs {model}.</source>
            <translation>Führt {model} aus.</translation>
        </message>
    </context>
    <context>
        <name>ModelFinder</name>
        <message numerus="yes">
            <location filename="../../gui/model_finder.py" line="87" />
            <source>%n model(s) found: pick one from the list, or press Browse… to see more.</source>
            <translation>
                <numerusform>%n Modell gefunden: Wählen Sie es aus der Liste oder drücken Sie „Durchsuchen…“, um mehr zu sehen.</numerusform>
                <numerusform>%n Modelle gefunden: Wählen Sie eines aus der Liste oder drücken Sie „Durchsuchen…“, um mehr zu sehen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModelListModel</name>
        <message>
            <location filename="../../gui/model_list_model.py" line="42" />
            <source>{count}M runs</source>
            <translation>{count} Mio. Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/model_list_model.py" line="44" />
            <source>{count}K runs</source>
            <translation>{count} Tsd. Läufe</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/model_list_model.py" line="47" />
            <source>%n run(s)</source>
            <translation>
                <numerusform>%n Lauf</numerusform>
                <numerusform>%n Läufe</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/model_list_model.py" line="86" />
            <source>deployment</source>
            <translation>Deployment</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <location filename="../../gui/model_picker.py" line="40" />
            <location filename="../../gui/model_picker.py" line="48" />
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="47" />
            <source>Search models, or paste a model's address</source>
            <translation>Modelle suchen oder die Adresse eines Modells einfügen</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="51" />
            <source>Type what you want to do (“upscale photo”) to search Replicate's models, or a model's name (owner/name) or its replicate.com address</source>
            <translation>Geben Sie ein, was Sie tun möchten („upscale photo“), um die Modelle von Replicate zu durchsuchen, oder den Namen eines Modells (besitzer/name) oder seine replicate.com-Adresse</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="66" />
            <source>Matching models</source>
            <translation>Passende Modelle</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="67" />
            <source>Enter or a click picks a model</source>
            <translation>Eingabe oder ein Klick wählt ein Modell</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="73" />
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="74" />
            <source>Find a model by what it does, in collections and search (Ctrl+K)</source>
            <translation>Ein Modell danach finden, was es tut, in Sammlungen und per Suche (Strg+K)</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="75" />
            <source>Browse models</source>
            <translation>Modelle durchsuchen</translation>
        </message>
        <message>
            <location filename="../../gui/model_picker.py" line="84" />
            <source>Model description</source>
            <translation>Modellbeschreibung</translation>
        </message>
    </context>
    <context>
        <name>ModelSearch</name>
        <message>
            <location filename="../../gui/model_search.py" line="76" />
            <source>Searching Replicate for “{words}”…</source>
            <translation>Replicate wird nach „{words}“ durchsucht…</translation>
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="90" />
            <source>{title}: the search did not reach Replicate. Models known on this computer are shown.</source>
            <translation>{title}: Die Suche hat Replicate nicht erreicht. Die auf diesem Computer bekannten Modelle werden gezeigt.</translation>
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="92" />
            <source>{title}: the search did not reach Replicate.</source>
            <translation>{title}: Die Suche hat Replicate nicht erreicht.</translation>
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="101" />
            <source>No models found for “{words}”.</source>
            <translation>Keine Modelle für „{words}“ gefunden.</translation>
        </message>
        <message>
            <location filename="../../gui/model_search.py" line="104" />
            <source>Replicate is slow to answer the search for “{words}”…</source>
            <translation>Replicate antwortet langsam auf die Suche nach „{words}“…</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="353" />
            <source>Use the &amp;system's proxy settings</source>
            <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="354" />
            <source>N&amp;o proxy</source>
            <translation>Kein Pr&amp;oxy</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="355" />
            <source>Use this pro&amp;xy:</source>
            <translation>Diesen Pro&amp;xy verwenden:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="367" />
            <source>Proxy address</source>
            <translation>Proxy-Adresse</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="368" />
            <source>The proxy's address, as http://computer:port or https://…</source>
            <translation>Die Adresse des Proxys, als http://computer:port oder https://…</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="370" />
            <source>This computer's own addresses never go through a proxy.</source>
            <translation>Die eigenen Adressen dieses Computers gehen nie über einen Proxy.</translation>
        </message>
    </context>
    <context>
        <name>OutputPanel</name>
        <message>
            <location filename="../../gui/output_panel.py" line="60" />
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="69" />
            <source>Formatted</source>
            <translation>Formatiert</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="72" />
            <source>Show formatted</source>
            <translation>Formatiert zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="73" />
            <source>Show the answer formatted (headings, lists, code), or as plain text</source>
            <translation>Die Antwort formatiert (Überschriften, Listen, Code) oder als reinen Text zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="75" />
            <location filename="../../gui/output_panel.py" line="77" />
            <source>Copy all</source>
            <translation>Alles kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="78" />
            <source>Copy the whole answer to the clipboard</source>
            <translation>Die ganze Antwort in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="82" />
            <source>Save all…</source>
            <translation>Alle speichern…</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="84" />
            <source>Save all</source>
            <translation>Alle speichern</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="85" />
            <source>Save every file of this run into a folder you choose</source>
            <translation>Alle Dateien dieses Laufs in einen Ordner Ihrer Wahl speichern</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="91" />
            <source>How long the model itself worked on Replicate's machines. The time above the run also counts waiting for a machine to start and the downloads.</source>
            <translation>Wie lange das Modell selbst auf den Rechnern von Replicate gearbeitet hat. Die Zeit über dem Lauf zählt auch das Warten auf den Start eines Rechners und die Downloads mit.</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="97" />
            <source>Download</source>
            <translation>Herunterladen</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="104" />
            <source>Output files</source>
            <translation>Ausgabedateien</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="169" />
            <source>Model time {seconds} s</source>
            <translation>Modellzeit {seconds} s</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="180" />
            <source>Downloading {name}… %p% of {size}</source>
            <translation>{name} wird heruntergeladen… %p % von {size}</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="183" />
            <source>Downloading {name}… {size}</source>
            <translation>{name} wird heruntergeladen… {size}</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="264" />
            <source>Sound and video cannot play inside Replidesk here: open its folder or save it.</source>
            <translation>Ton und Video können hier nicht in Replidesk abgespielt werden: Öffnen Sie den Ordner oder speichern Sie die Datei.</translation>
        </message>
        <message>
            <location filename="../../gui/image_view.py" line="262" />
            <location filename="../../gui/output_panel.py" line="258" />
            <source>This image could not be read.</source>
            <translation>Dieses Bild konnte nicht gelesen werden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/output_panel.py" line="330" />
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n Wort</numerusform>
                <numerusform>%n Wörter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="344" />
            <source>answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <location filename="../../gui/output_panel.py" line="351" />
            <source>Save all outputs into a folder</source>
            <translation>Alle Ausgaben in einen Ordner speichern</translation>
        </message>
    </context>
    <context>
        <name>OutputStack</name>
        <message>
            <location filename="../../gui/output_stack.py" line="50" />
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="84" />
            <source>Write a prompt and press Run: the answer appears here.</source>
            <translation>Schreiben Sie einen Prompt und drücken Sie Ausführen: Die Antwort erscheint hier.</translation>
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="86" />
            <source>Fill in the inputs and press Run: the result appears here.</source>
            <translation>Füllen Sie die Eingaben aus und drücken Sie Ausführen: Das Ergebnis erscheint hier.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/output_stack.py" line="27" />
            <source>Queued · %n ahead</source>
            <translation>
                <numerusform>In der Warteschlange · %n davor</numerusform>
                <numerusform>In der Warteschlange · %n davor</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="29" />
            <source>Queued · next</source>
            <translation>In der Warteschlange · als Nächstes</translation>
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="37" />
            <source>Canceling… · {seconds} s</source>
            <translation>Wird abgebrochen… · {seconds} s</translation>
        </message>
        <message>
            <location filename="../../gui/output_stack.py" line="38" />
            <source>{status} · {seconds} s</source>
            <translation>{status} · {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../../core/errors.py" line="77" />
            <source>Write something in the {field} box first: the model needs it to know what to make.</source>
            <translation>Schreiben Sie zuerst etwas in das Feld {field}: Das Modell braucht es, um zu wissen, was es erstellen soll.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="78" />
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="79" />
            <source>The prompt is empty</source>
            <translation>Der Prompt ist leer</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="84" />
            <source>No API token yet</source>
            <translation>Noch kein API-Token</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="85" />
            <source>Replidesk needs your Replicate API token to run models. Add it with Account → Set API token…</source>
            <translation>Replidesk braucht Ihr Replicate-API-Token, um Modelle auszuführen. Fügen Sie es über Konto → API-Token festlegen… hinzu</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="89" />
            <source>Replidesk needs your Replicate API token to run models.</source>
            <translation>Replidesk braucht Ihr Replicate-API-Token, um Modelle auszuführen.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="96" />
            <source>Your API token was not accepted</source>
            <translation>Ihr API-Token wurde nicht akzeptiert</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="97" />
            <source>Replicate did not accept the API token. It may be mistyped or revoked. Set a new one with Account → Set API token…</source>
            <translation>Replicate hat das API-Token nicht akzeptiert. Es ist vielleicht falsch geschrieben oder wurde widerrufen. Legen Sie ein neues über Konto → API-Token festlegen… fest</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="103" />
            <source>Replicate did not accept this API token: it may be mistyped, or it was revoked. Copy a current one from your API tokens page.</source>
            <translation>Replicate hat dieses API-Token nicht akzeptiert: Es ist vielleicht falsch geschrieben oder wurde widerrufen. Kopieren Sie ein aktuelles von Ihrer Seite mit API-Tokens.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="137" />
            <source>no reason given</source>
            <translation>kein Grund angegeben</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="139" />
            <source>The model failed</source>
            <translation>Das Modell ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="140" />
            <source>The model stopped with an error: {reason}</source>
            <translation>Das Modell wurde mit einem Fehler beendet: {reason}</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="144" />
            <source>Replicate did not answer in time</source>
            <translation>Replicate hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="145" />
            <source>Replicate took too long to answer. Check your connection and try again.</source>
            <translation>Replicate hat zu lange für die Antwort gebraucht. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="149" />
            <source>Can't reach Replicate</source>
            <translation>Replicate ist nicht erreichbar</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="150" />
            <source>Replidesk could not connect to Replicate. Check that you are online (and that no firewall or proxy blocks it), then try again.</source>
            <translation>Replidesk konnte keine Verbindung zu Replicate herstellen. Prüfen Sie, ob Sie online sind (und dass keine Firewall oder kein Proxy sie blockiert), und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="158" />
            <source>Unexpected answer from Replicate</source>
            <translation>Unerwartete Antwort von Replicate</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="159" />
            <source>Replicate answered with something Replidesk does not understand yet. Try again later, or try another model.</source>
            <translation>Replicate hat mit etwas geantwortet, das Replidesk noch nicht versteht. Versuchen Sie es später erneut oder mit einem anderen Modell.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="170" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="171" />
            <source>An unexpected error happened: {name}.</source>
            <translation>Ein unerwarteter Fehler ist aufgetreten: {name}.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="181" />
            <source>a file</source>
            <translation>eine Datei</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="184" />
            <source>File not found</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="185" />
            <source>“{file}” was not found: it may have been moved, renamed or deleted.</source>
            <translation>„{file}“ wurde nicht gefunden: Sie wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="191" />
            <source>The disk is full</source>
            <translation>Der Datenträger ist voll</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="192" />
            <source>The disk is full: “{file}” could not be written. Free some space, or choose another place.</source>
            <translation>Der Datenträger ist voll: „{file}“ konnte nicht geschrieben werden. Geben Sie Speicherplatz frei, oder wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="198" />
            <source>The disk cannot be written</source>
            <translation>Der Datenträger ist nicht beschreibbar</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="199" />
            <source>“{file}” is on a disk that is read-only. Choose another place.</source>
            <translation>„{file}“ liegt auf einem schreibgeschützten Datenträger. Wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="203" />
            <source>No permission</source>
            <translation>Keine Berechtigung</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="204" />
            <source>Replidesk is not allowed to use “{file}”. Check its permissions, or choose another place.</source>
            <translation>Replidesk darf „{file}“ nicht verwenden. Prüfen Sie die Berechtigungen, oder wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="210" />
            <source>A folder, not a file</source>
            <translation>Ein Ordner, keine Datei</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="211" />
            <source>“{file}” is a folder: choose a file instead.</source>
            <translation>„{file}“ ist ein Ordner: Wählen Sie stattdessen eine Datei.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="215" />
            <source>Not a folder</source>
            <translation>Kein Ordner</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="216" />
            <source>A part of “{file}” is a file, not a folder: choose another place.</source>
            <translation>Ein Teil von „{file}“ ist eine Datei, kein Ordner: Wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="230" />
            <source>Replicate asks for billing to be set up on your account before it runs this model.</source>
            <translation>Replicate verlangt, dass in Ihrem Konto eine Zahlungsmethode eingerichtet ist, bevor es dieses Modell ausführt.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="233" />
            <source>Billing needed</source>
            <translation>Zahlungsmethode nötig</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="235" />
            <source>Your Replicate account may not use this.</source>
            <translation>Ihr Replicate-Konto darf dies nicht verwenden.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="236" />
            <source>Not allowed</source>
            <translation>Nicht erlaubt</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="239" />
            <source>“{model}” was not found on Replicate. Check the spelling (owner/name), or search for a model by what it does: type words in the model box, or press Browse… (Ctrl+K).</source>
            <translation>„{model}“ wurde auf Replicate nicht gefunden. Prüfen Sie die Schreibweise (besitzer/name) oder suchen Sie ein Modell danach, was es tut: Geben Sie Wörter in das Modellfeld ein oder drücken Sie Durchsuchen… (Strg+K).</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="245" />
            <source>That model was not found on Replicate. Check the spelling (owner/name), or search for a model by what it does: type words in the model box, or press Browse… (Ctrl+K).</source>
            <translation>Dieses Modell wurde auf Replicate nicht gefunden. Prüfen Sie die Schreibweise (besitzer/name) oder suchen Sie ein Modell danach, was es tut: Geben Sie Wörter in das Modellfeld ein oder drücken Sie Durchsuchen… (Strg+K).</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="250" />
            <source>Model not found</source>
            <translation>Modell nicht gefunden</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="252" />
            <source>The input was not accepted</source>
            <translation>Die Eingabe wurde nicht akzeptiert</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="253" />
            <source>The model did not accept the input.</source>
            <translation>Das Modell hat die Eingabe nicht akzeptiert.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="261" />
            <source>Too many requests</source>
            <translation>Zu viele Anfragen</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="262" />
            <source>Replicate is getting too many requests from your account right now. Wait a minute, then try again.</source>
            <translation>Replicate erhält gerade zu viele Anfragen von Ihrem Konto. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="269" />
            <source>Replicate is having trouble</source>
            <translation>Replicate hat Probleme</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="270" />
            <source>Replicate's servers answered with an error ({status}). This is usually brief: try again in a few minutes.</source>
            <translation>Die Server von Replicate haben mit einem Fehler geantwortet ({status}). Das ist meist nur kurz: Versuchen Sie es in ein paar Minuten erneut.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="277" />
            <source>Replicate refused the request</source>
            <translation>Replicate hat die Anfrage abgelehnt</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="278" />
            <source>Replicate answered {status}: {detail}</source>
            <translation>Replicate antwortete {status}: {detail}</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="279" />
            <source>no details</source>
            <translation>keine Details</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="289" />
            <source>No password store found</source>
            <translation>Kein Passwortspeicher gefunden</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="290" />
            <source>This computer has no password store such as GNOME Keyring or KWallet, so Replidesk cannot remember your API token after it closes.</source>
            <translation>Dieser Computer hat keinen Passwortspeicher wie GNOME Keyring oder KWallet, daher kann sich Replidesk Ihr API-Token nach dem Schließen nicht merken.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="298" />
            <source>Password store not available</source>
            <translation>Passwortspeicher nicht verfügbar</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="299" />
            <source>Your system's password store could not be opened (it may be locked, or have no keyring set up), so Replidesk cannot remember your API token after it closes.</source>
            <translation>Der Passwortspeicher Ihres Systems konnte nicht geöffnet werden (er ist vielleicht gesperrt oder hat keinen Schlüsselbund eingerichtet), daher kann sich Replidesk Ihr API-Token nach dem Schließen nicht merken.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="307" />
            <source>Password store is locked</source>
            <translation>Passwortspeicher ist gesperrt</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="308" />
            <source>Your system's password store is locked. Unlock it (log in again, or open your keyring app), then try again.</source>
            <translation>Der Passwortspeicher Ihres Systems ist gesperrt. Entsperren Sie ihn (melden Sie sich erneut an oder öffnen Sie Ihre Schlüsselbund-App) und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="315" />
            <source>Password store problem</source>
            <translation>Problem mit dem Passwortspeicher</translation>
        </message>
        <message>
            <location filename="../../core/errors.py" line="316" />
            <source>Your system's password store refused the request ({name}). Unlock it or check that it is running, then try again.</source>
            <translation>Der Passwortspeicher Ihres Systems hat die Anfrage abgelehnt ({name}). Entsperren Sie ihn oder prüfen Sie, ob er läuft, und versuchen Sie es dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>ProblemBanner</name>
        <message>
            <location filename="../../gui/problem_banner.py" line="18" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../gui/problem_banner.py" line="27" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../gui/problem_banner.py" line="28" />
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <location filename="../../gui/problem_banner.py" line="44" />
            <source>{title}. {message}</source>
            <translation>{title}. {message}</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../../core/progress.py" line="51" />
            <source>about {seconds} s left</source>
            <translation>noch etwa {seconds} s</translation>
        </message>
        <message>
            <location filename="../../core/progress.py" line="52" />
            <source>about {minutes} min {seconds} s left</source>
            <translation>noch etwa {minutes} min {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>Proxy</name>
        <message>
            <location filename="../../core/proxy.py" line="61" />
            <source>Type the proxy's address, for example http://proxy.example.com:3128.</source>
            <translation>Geben Sie die Adresse des Proxys ein, zum Beispiel http://proxy.example.com:3128.</translation>
        </message>
        <message>
            <location filename="../../core/proxy.py" line="63" />
            <source>A proxy's address has no spaces.</source>
            <translation>Die Adresse eines Proxys enthält keine Leerzeichen.</translation>
        </message>
        <message>
            <location filename="../../core/proxy.py" line="68" />
            <location filename="../../core/proxy.py" line="76" />
            <location filename="../../core/proxy.py" line="78" />
            <source>The port must be a number from 1 to 65535, as in http://proxy.example.com:3128.</source>
            <translation>Der Port muss eine Zahl von 1 bis 65535 sein, wie in http://proxy.example.com:3128.</translation>
        </message>
        <message>
            <location filename="../../core/proxy.py" line="70" />
            <source>A proxy's address starts with http:// or https://, as in http://proxy.example.com:3128.</source>
            <translation>Die Adresse eines Proxys beginnt mit http:// oder https://, wie in http://proxy.example.com:3128.</translation>
        </message>
        <message>
            <location filename="../../core/proxy.py" line="74" />
            <source>The address names no computer, as in http://proxy.example.com:3128.</source>
            <translation>Die Adresse nennt keinen Computer, wie in http://proxy.example.com:3128.</translation>
        </message>
        <message>
            <location filename="../../core/proxy.py" line="80" />
            <source>A proxy's address is only http(s)://computer:port, with nothing after it.</source>
            <translation>Die Adresse eines Proxys ist nur http(s)://computer:port, ohne etwas danach.</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="53" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… und %n weitere</numerusform>
                <numerusform>… und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="55" />
            <source>This run sends %n file(s) from your computer to Replicate for the model to read:</source>
            <translation>
                <numerusform>Dieser Lauf sendet %n Datei von Ihrem Computer an Replicate, damit das Modell sie lesen kann:</numerusform>
                <numerusform>Dieser Lauf sendet %n Dateien von Ihrem Computer an Replicate, damit das Modell sie lesen kann:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="64" />
            <source>Send these files to Replicate?</source>
            <translation>Diese Dateien an Replicate senden?</translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="66" />
            <source>You did not choose them in this session (they come from an earlier or imported run).</source>
            <translation>Sie haben sie nicht in dieser Sitzung ausgewählt (sie stammen aus einem früheren oder importierten Lauf).</translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="70" />
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="77" />
            <source>This creates %n prediction(s) on Replicate, each billed to your account.</source>
            <translation>
                <numerusform>Dies erstellt %n Vorhersage auf Replicate, die Ihrem Konto in Rechnung gestellt wird.</numerusform>
                <numerusform>Dies erstellt %n Vorhersagen auf Replicate, jede wird Ihrem Konto in Rechnung gestellt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="81" />
            <source>One run of {model} took {seconds} s last time.</source>
            <translation>Ein Lauf von {model} dauerte letztes Mal {seconds} s.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="83" />
            <source>Start %n run(s)?</source>
            <translation>
                <numerusform>%n Lauf starten?</numerusform>
                <numerusform>%n Läufe starten?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="84" />
            <source>Start %n run(s)</source>
            <translation>
                <numerusform>%n Lauf starten</numerusform>
                <numerusform>%n Läufe starten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="93" />
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="102" />
            <source>%n run(s) still going on Replicate.</source>
            <translation>
                <numerusform>%n Lauf läuft noch auf Replicate.</numerusform>
                <numerusform>%n Läufe laufen noch auf Replicate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/questions.py" line="103" />
            <source>%n queued run(s) not started yet.</source>
            <translation>
                <numerusform>%n wartender Lauf ist noch nicht gestartet.</numerusform>
                <numerusform>%n wartende Läufe sind noch nicht gestartet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="107" />
            <source>Runs are still going</source>
            <translation>Es laufen noch Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="109" />
            <source>Let them finish: Replidesk follows them again when it next starts (queued runs are not sent). Or cancel them on Replicate now.</source>
            <translation>Lassen Sie sie fertig laufen: Replidesk verfolgt sie beim nächsten Start weiter (wartende Läufe werden nicht gesendet). Oder brechen Sie sie jetzt auf Replicate ab.</translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="116" />
            <source>Let them finish on Replicate</source>
            <translation>Auf Replicate fertig laufen lassen</translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="119" />
            <source>Cancel the runs and quit</source>
            <translation>Läufe abbrechen und beenden</translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="122" />
            <source>Keep Replidesk open</source>
            <translation>Replidesk geöffnet lassen</translation>
        </message>
        <message>
            <location filename="../../gui/questions.py" line="140" />
            <source>Canceling the runs…</source>
            <translation>Die Läufe werden abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>RecordCheck</name>
        <message>
            <location filename="../../core/record_check.py" line="55" />
            <source>the run is not an object</source>
            <translation>der Lauf ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="138" />
            <source>{name} is missing</source>
            <translation>{name} fehlt</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="146" />
            <source>status is not text</source>
            <translation>status ist kein Text</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="151" />
            <source>status “{value}” is not a known status</source>
            <translation>status „{value}“ ist kein bekannter Status</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="160" />
            <source>model is not a model name (owner/name)</source>
            <translation>model ist kein Modellname (besitzer/name)</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="167" />
            <source>version is not a version id</source>
            <translation>version ist keine Versions-ID</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="175" />
            <source>{name} is not text</source>
            <translation>{name} ist kein Text</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="178" />
            <location filename="../../core/record_check.py" line="185" />
            <location filename="../../core/record_check.py" line="273" />
            <source>{name} is larger than {size}</source>
            <translation>{name} ist größer als {size}</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="197" />
            <source>not a whole number</source>
            <translation>keine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="203" />
            <source>{name} is not a date</source>
            <translation>{name} ist kein Datum</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="205" />
            <source>{name} is not a date between 2000 and today</source>
            <translation>{name} ist kein Datum zwischen 2000 und heute</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="215" />
            <source>{name} is not true or false</source>
            <translation>{name} ist weder true noch false</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="221" />
            <source>files is not a list of file names</source>
            <translation>files ist keine Liste von Dateinamen</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="223" />
            <source>files lists more than {count} files</source>
            <translation>files listet mehr als {count} Dateien</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="225" />
            <source>files holds a name that is empty or too long</source>
            <translation>files enthält einen leeren oder zu langen Namen</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="231" />
            <source>{name} is not an object</source>
            <translation>{name} ist kein Objekt</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="249" />
            <source>a number in {name} is too large</source>
            <translation>eine Zahl in {name} ist zu groß</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="252" />
            <source>a number in {name} is not finite</source>
            <translation>eine Zahl in {name} ist nicht endlich</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="258" />
            <source>a value in {name} is nested more than {depth} levels deep</source>
            <translation>ein Wert in {name} ist mehr als {depth} Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="264" />
            <source>{name} has a key that is not text</source>
            <translation>{name} hat einen Schlüssel, der kein Text ist</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="270" />
            <source>{name} holds a value that is not JSON</source>
            <translation>{name} enthält einen Wert, der kein JSON ist</translation>
        </message>
        <message>
            <location filename="../../core/record_check.py" line="310" />
            <source>{count} bytes</source>
            <translation>{count} Bytes</translation>
        </message>
    </context>
    <context>
        <name>Recorder</name>
        <message>
            <location filename="../../core/recorder.py" line="208" />
            <source>Replidesk could not write it to its history ({error}). Check that the disk has room and the data folder can be written. Its files may still be in the outputs folder.</source>
            <translation>Replidesk konnte ihn nicht in seinen Verlauf schreiben ({error}). Prüfen Sie, ob auf dem Datenträger Platz ist und der Datenordner beschreibbar ist. Seine Dateien liegen vielleicht noch im Ausgabeordner.</translation>
        </message>
        <message>
            <location filename="../../core/recorder.py" line="215" />
            <source>This run was not saved</source>
            <translation>Dieser Lauf wurde nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>ReplicateService</name>
        <message>
            <location filename="../../core/replicate_service.py" line="78" />
            <location filename="../../core/replicate_service.py" line="156" />
            <source>Unexpected answer from Replicate</source>
            <translation>Unerwartete Antwort von Replicate</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="79" />
            <location filename="../../core/replicate_service.py" line="157" />
            <source>Replicate's answer could not be read.</source>
            <translation>Die Antwort von Replicate konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="187" />
            <source>The deployment {name} has no model release yet: set it up on replicate.com, then try again.</source>
            <translation>Das Deployment {name} hat noch kein Modell-Release: Richten Sie es auf replicate.com ein und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="192" />
            <source>Deployment not ready</source>
            <translation>Deployment nicht bereit</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="195" />
            <source>Your deployment {name}, running {model}.</source>
            <translation>Ihr Deployment {name}, es führt {model} aus.</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="367" />
            <source>{model} is on Replicate but has no version to run yet: its owner has not published one. Choose another model.</source>
            <translation>{model} ist auf Replicate, hat aber noch keine Version, die laufen kann: Sein Eigentümer hat noch keine veröffentlicht. Wählen Sie ein anderes Modell.</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="371" />
            <source>This model has no version yet</source>
            <translation>Dieses Modell hat noch keine Version</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="375" />
            <source>an address Replidesk cannot read</source>
            <translation>eine Adresse, die Replidesk nicht lesen kann</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="376" />
            <source>Replidesk is set to reach Replicate at {address}, where your API token would not be safe: the address must start with https:// (plain http:// only for a server on this computer, such as http://127.0.0.1:8787) and hold no user name or password. Check REPLICATE_BASE_URL.</source>
            <translation>Replidesk soll Replicate unter {address} erreichen, wo Ihr API-Token nicht sicher wäre: Die Adresse muss mit https:// beginnen (einfaches http:// nur für einen Server auf diesem Computer, etwa http://127.0.0.1:8787) und darf keinen Benutzernamen und kein Passwort enthalten. Prüfen Sie REPLICATE_BASE_URL.</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="383" />
            <source>Unsafe Replicate address</source>
            <translation>Unsichere Replicate-Adresse</translation>
        </message>
        <message>
            <location filename="../../core/replicate_service.py" line="389" />
            <source>File too large to send</source>
            <translation>Datei zu groß zum Senden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/replicate_service.py" line="390" />
            <source>“{name}” has grown past %n MB since it was chosen: it was not sent.</source>
            <translation>
                <numerusform>„{name}“ ist seit der Auswahl über %n MB gewachsen: Sie wurde nicht gesendet.</numerusform>
                <numerusform>„{name}“ ist seit der Auswahl über %n MB gewachsen: Sie wurde nicht gesendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Run</name>
        <message>
            <location filename="../../core/runner.py" line="35" />
            <source>Some inputs need a fix</source>
            <translation>Einige Eingaben müssen korrigiert werden</translation>
        </message>
        <message>
            <location filename="../../core/runner.py" line="280" />
            <source>The file {name} could not be uploaded to Replicate ({why}). Try again later.</source>
            <translation>Die Datei {name} konnte nicht zu Replicate hochgeladen werden ({why}). Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <location filename="../../core/runner.py" line="282" />
            <source>Upload failed</source>
            <translation>Hochladen fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../core/runner.py" line="355" />
            <source>{said} Replicate may have received this run before the answer was lost: Replidesk looks for it on your account at its next start and cancels it.</source>
            <translation>{said} Replicate hat diesen Lauf vielleicht erhalten, bevor die Antwort verloren ging: Replidesk sucht ihn beim nächsten Start in Ihrem Konto und bricht ihn ab.</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="125" />
            <source>Replicate no longer has this run.</source>
            <translation>Replicate hat diesen Lauf nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="356" />
            <source>The files could not be fetched again</source>
            <translation>Die Dateien konnten nicht erneut geladen werden</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="357" />
            <source>{why} The run is as it was; try again later.</source>
            <translation>{why} Der Lauf bleibt, wie er war; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <location filename="../../core/runner.py" line="363" />
            <source>{said} Replicate may have received this run before the answer was lost: Replidesk looks for it on your account at its next start, so do not run it again now.</source>
            <translation>{said} Replicate hat diesen Lauf womöglich erhalten, bevor die Antwort verloren ging: Replidesk sucht ihn beim nächsten Start in Ihrem Konto, starten Sie ihn also jetzt nicht erneut.</translation>
        </message>
        <message>
            <location filename="../../core/run_files.py" line="26" />
            <source>an inline file</source>
            <translation>eine eingebettete Datei</translation>
        </message>
        <message>
            <location filename="../../core/run_files.py" line="89" />
            <source>Downloads stopped</source>
            <translation>Downloads gestoppt</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="64" />
            <source>The run goes on at Replicate: Try again follows it now, or Replidesk does at its next start.</source>
            <translation>Der Lauf geht bei Replicate weiter: „Erneut versuchen“ verfolgt ihn jetzt, sonst tut Replidesk das beim nächsten Start.</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="106" />
            <source>Starting the model (cold boot can take minutes)…</source>
            <translation>Das Modell startet (ein Kaltstart kann Minuten dauern)…</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="237" />
            <source>Lost contact with Replicate, trying again…</source>
            <translation>Verbindung zu Replicate verloren, neuer Versuch…</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="242" />
            <source>Lost contact with Replicate</source>
            <translation>Verbindung zu Replicate verloren</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="289" />
            <source>Stopped by Replicate</source>
            <translation>Von Replicate angehalten</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="290" />
            <source>Stopped by Replicate (a deadline was reached). Everything it made before is kept.</source>
            <translation>Von Replicate angehalten (eine Frist war erreicht). Alles, was bis dahin entstanden ist, bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="293" />
            <source>no reason given</source>
            <translation>kein Grund angegeben</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="295" />
            <source>The model failed</source>
            <translation>Das Modell ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="296" />
            <source>The model stopped with an error: {reason}</source>
            <translation>Das Modell wurde mit einem Fehler beendet: {reason}</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="300" />
            <source>Replicate removed this run's data</source>
            <translation>Replicate hat die Daten dieses Laufs gelöscht</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="301" />
            <source>Replicate deletes a run's inputs, outputs and logs an hour after it ends, so what Replidesk had not saved by then is gone. Everything saved on this computer is kept.</source>
            <translation>Replicate löscht Eingaben, Ausgaben und Protokolle eines Laufs eine Stunde nach seinem Ende; was Replidesk bis dahin nicht gespeichert hatte, ist verloren. Alles, was auf diesem Computer gespeichert ist, bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../core/run_files.py" line="85" />
            <source>Some files could not be downloaded</source>
            <translation>Einige Dateien konnten nicht heruntergeladen werden</translation>
        </message>
        <message>
            <location filename="../../core/run_files.py" line="83" />
            <source>The run itself succeeded; everything else is kept.</source>
            <translation>Der Lauf selbst ist gelungen; alles andere bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="311" />
            <source>An output could not be read</source>
            <translation>Eine Ausgabe konnte nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="312" />
            <source>The model returned a file inline that Replidesk could not decode ({why}). Everything else of this run is kept.</source>
            <translation>Das Modell hat eine eingebettete Datei geliefert, die Replidesk nicht dekodieren konnte ({why}). Alles andere dieses Laufs bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="320" />
            <source>Some outputs are gone</source>
            <translation>Einige Ausgaben fehlen</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="345" />
            <source>This run is not on Replicate</source>
            <translation>Dieser Lauf ist nicht auf Replicate</translation>
        </message>
        <message>
            <location filename="../../core/following.py" line="346" />
            <source>Replicate has no prediction with this run's id (it may have been deleted there). What Replidesk saved of it is kept.</source>
            <translation>Replicate kennt keine Vorhersage mit der ID dieses Laufs (sie wurde dort vielleicht gelöscht). Was Replidesk davon gespeichert hat, bleibt erhalten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/following.py" line="321" />
            <source>Replicate no longer has %n output file(s) of this run: it deletes them an hour after a run. Everything saved before is kept.</source>
            <translation>
                <numerusform>Replicate hat %n Ausgabedatei dieses Laufs nicht mehr: Es löscht sie eine Stunde nach einem Lauf. Alles zuvor Gespeicherte bleibt erhalten.</numerusform>
                <numerusform>Replicate hat %n Ausgabedateien dieses Laufs nicht mehr: Es löscht sie eine Stunde nach einem Lauf. Alles zuvor Gespeicherte bleibt erhalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/run_files.py" line="73" />
            <source>%n file(s) could not be downloaded: {names}.</source>
            <translation>
                <numerusform>%n Datei konnte nicht heruntergeladen werden: {names}.</numerusform>
                <numerusform>%n Dateien konnten nicht heruntergeladen werden: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/run_files.py" line="79" />
            <source>Cancelled while downloading: %n file(s) not saved: {names}.</source>
            <translation>
                <numerusform>Beim Herunterladen abgebrochen: %n Datei nicht gespeichert: {names}.</numerusform>
                <numerusform>Beim Herunterladen abgebrochen: %n Dateien nicht gespeichert: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/runner.py" line="38" />
            <source>%n inputs need a fix: {problems}</source>
            <translation>
                <numerusform>%n Eingabe muss korrigiert werden: {problems}</numerusform>
                <numerusform>%n Eingaben müssen korrigiert werden: {problems}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../core/runner.py" line="311" />
            <source>Replicate asks to wait %n s…</source>
            <translation>
                <numerusform>Replicate bittet, %n s zu warten…</numerusform>
                <numerusform>Replicate bittet, %n s zu warten…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunLauncher</name>
        <message>
            <location filename="../../gui/run_launcher.py" line="172" />
            <source>Nothing was sent</source>
            <translation>Es wurde nichts gesendet</translation>
        </message>
        <message>
            <location filename="../../gui/run_launcher.py" line="172" />
            <source>The run was not started: its files stay on your computer.</source>
            <translation>Der Lauf wurde nicht gestartet: Seine Dateien bleiben auf Ihrem Computer.</translation>
        </message>
        <message>
            <location filename="../../gui/run_launcher.py" line="223" />
            <source>{title}: {message}</source>
            <translation>{title}: {message}</translation>
        </message>
    </context>
    <context>
        <name>RunList</name>
        <message>
            <location filename="../../gui/run_list.py" line="87" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="88" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="89" />
            <source>Delete selected runs</source>
            <translation>Ausgewählte Läufe löschen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="90" />
            <source>Delete all runs…</source>
            <translation>Alle Läufe löschen…</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="91" />
            <source>Export selected runs…</source>
            <translation>Ausgewählte Läufe exportieren…</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="92" />
            <source>Import runs…</source>
            <translation>Läufe importieren…</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="176" />
            <source>Runs still going are kept</source>
            <translation>Laufende Läufe bleiben erhalten</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="177" />
            <source>Cancel them first (Esc), then delete them once they end.</source>
            <translation>Brechen Sie sie zuerst ab (Esc) und löschen Sie sie, wenn sie beendet sind.</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="187" />
            <source>Delete all runs?</source>
            <translation>Alle Läufe löschen?</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="189" />
            <source>Every run in your history, with its output files, will be deleted (runs still going are kept). You can undo this until you quit Replidesk.</source>
            <translation>Jeder Lauf in Ihrem Verlauf wird samt Ausgabedateien gelöscht (laufende Läufe bleiben erhalten). Sie können dies rückgängig machen, bis Sie Replidesk beenden.</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="196" />
            <source>Delete all</source>
            <translation>Alle löschen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="206" />
            <source>Export runs</source>
            <translation>Läufe exportieren</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="224" />
            <source>The export was not written</source>
            <translation>Der Export wurde nicht geschrieben</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="276" />
            <source>The history could not store these runs: one of them holds something it cannot keep. Nothing was imported. Details were written to the log file.</source>
            <translation>Der Verlauf konnte diese Läufe nicht speichern: Einer davon enthält etwas, das er nicht aufnehmen kann. Es wurde nichts importiert. Details stehen in der Protokolldatei.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="226" />
            <source>Exported %n run(s) to {file}</source>
            <translation>
                <numerusform>%n Lauf nach {file} exportiert</numerusform>
                <numerusform>%n Läufe nach {file} exportiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="231" />
            <source>Import runs</source>
            <translation>Läufe importieren</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="238" />
            <source>Zip files (*.zip)</source>
            <translation>ZIP-Dateien (*.zip)</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="250" />
            <source>Nothing was imported from {file}</source>
            <translation>Aus {file} wurde nichts importiert</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="271" />
            <source>{message} Nothing was imported.</source>
            <translation>{message} Es wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="274" />
            <source>The runs were not imported</source>
            <translation>Die Läufe wurden nicht importiert</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="253" />
            <source>Imported %n run(s) from {file}</source>
            <translation>
                <numerusform>%n Lauf aus {file} importiert</numerusform>
                <numerusform>%n Läufe aus {file} importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="258" />
            <source>%n run(s) were not imported</source>
            <translation>
                <numerusform>%n Lauf wurde nicht importiert</numerusform>
                <numerusform>%n Läufe wurden nicht importiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_list.py" line="259" />
            <source>They are damaged: {list}</source>
            <translation>Sie sind beschädigt: {list}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="167" />
            <source>%n run(s) deleted. To bring back: Edit → Undo.</source>
            <translation>
                <numerusform>%n Lauf gelöscht. Zurückholen: Bearbeiten → Rückgängig.</numerusform>
                <numerusform>%n Läufe gelöscht. Zurückholen: Bearbeiten → Rückgängig.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunListPanel</name>
        <message>
            <location filename="../../gui/run_list_panel.py" line="44" />
            <source>Search prompts, answers, models</source>
            <translation>Prompts, Antworten, Modelle durchsuchen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="46" />
            <source>Search runs</source>
            <translation>Läufe durchsuchen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="47" />
            <source>Finds runs by words in their prompt, answer or model</source>
            <translation>Findet Läufe anhand von Wörtern in Prompt, Antwort oder Modell</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="50" />
            <location filename="../../gui/run_list_panel.py" line="248" />
            <source>All models</source>
            <translation>Alle Modelle</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="51" />
            <source>Model filter</source>
            <translation>Modellfilter</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="52" />
            <source>Lists only the runs of the model chosen</source>
            <translation>Listet nur die Läufe des gewählten Modells</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="53" />
            <source>Show the runs of one model</source>
            <translation>Die Läufe eines Modells zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="59" />
            <source>All runs</source>
            <translation>Alle Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="60" />
            <source>★ Favourites</source>
            <translation>★ Favoriten</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="61" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="62" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="64" />
            <source>Queued or running</source>
            <translation>Wartend oder laufend</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="68" />
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="63" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="70" />
            <source>Lists all runs, only favourites, or only runs that are done, failed, cancelled or going</source>
            <translation>Listet alle Läufe, nur Favoriten oder nur fertige, fehlgeschlagene, abgebrochene oder laufende Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="72" />
            <source>Show all runs, your favourites, or runs by how they ended</source>
            <translation>Alle Läufe, Ihre Favoriten oder Läufe nach ihrem Ausgang zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="75" />
            <source>Runs</source>
            <translation>Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="77" />
            <source>Your runs, newest first. Select one to show it; Delete removes the selected runs</source>
            <translation>Ihre Läufe, die neuesten zuerst. Wählen Sie einen, um ihn anzuzeigen; Entf löscht die ausgewählten Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="93" />
            <location filename="../../gui/run_list_panel.py" line="95" />
            <source>Clear search and filters</source>
            <translation>Suche und Filter zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="96" />
            <source>Lists every run again</source>
            <translation>Listet wieder alle Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="106" />
            <source>Use inputs</source>
            <translation>Eingaben nutzen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="109" />
            <source>Put this run's model, prompt and inputs in the composer, to change and run again</source>
            <translation>Modell, Prompt und Eingaben dieses Laufs in den Editor übernehmen, um sie zu ändern und erneut auszuführen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="112" />
            <source>Run again</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="114" />
            <source>A new run with the same inputs</source>
            <translation>Ein neuer Lauf mit denselben Eingaben</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="116" />
            <source>★ Favourite</source>
            <translation>★ Favorit</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="119" />
            <source>Mark the selected run as a favourite, or unmark it</source>
            <translation>Den ausgewählten Lauf als Favorit markieren oder die Markierung aufheben</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="120" />
            <source>Favourite</source>
            <translation>Favorit</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="124" />
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="125" />
            <source>Export, import and delete runs</source>
            <translation>Läufe exportieren, importieren und löschen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="126" />
            <source>More actions</source>
            <translation>Weitere Aktionen</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="190" />
            <source>No runs match “{words}” with the filters chosen.</source>
            <translation>Keine Läufe passen zu „{words}“ mit den gewählten Filtern.</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="192" />
            <source>No runs match “{words}”.</source>
            <translation>Keine Läufe passen zu „{words}“.</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="194" />
            <source>No runs match the filters chosen.</source>
            <translation>Keine Läufe passen zu den gewählten Filtern.</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_panel.py" line="196" />
            <source>No runs yet. Pick a model, write a prompt and press Run: your runs are listed here.</source>
            <translation>Noch keine Läufe. Wählen Sie ein Modell, schreiben Sie einen Prompt und drücken Sie Ausführen: Ihre Läufe erscheinen hier.</translation>
        </message>
    </context>
    <context>
        <name>RunManager</name>
        <message>
            <location filename="../../core/run_manager.py" line="29" />
            <source>Not started: Replidesk was closed before a place in the queue came free.</source>
            <translation>Nicht gestartet: Replidesk wurde geschlossen, bevor ein Platz in der Warteschlange frei wurde.</translation>
        </message>
        <message>
            <location filename="../../core/unsent_runs.py" line="21" />
            <source>Replidesk was closed before Replicate confirmed this run. It may have run anyway: see your predictions on replicate.com.</source>
            <translation>Replidesk wurde geschlossen, bevor Replicate diesen Lauf bestätigt hat. Er ist vielleicht trotzdem gelaufen: Sehen Sie in Ihren Vorhersagen auf replicate.com nach.</translation>
        </message>
        <message>
            <location filename="../../core/unsent_runs.py" line="26" />
            <source>Replidesk was closed while sending this run, and Replicate has no trace of it: it did not run.</source>
            <translation>Replidesk wurde beendet, während dieser Lauf gesendet wurde, und Replicate kennt ihn nicht: Er ist nicht gelaufen.</translation>
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="256" />
            <source>Not started</source>
            <translation>Nicht gestartet</translation>
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="324" />
            <source>Cancel not confirmed</source>
            <translation>Abbruch nicht bestätigt</translation>
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="325" />
            <source>Replicate has not confirmed the cancel yet. Replidesk checks this run again at its next start.</source>
            <translation>Replicate hat den Abbruch noch nicht bestätigt. Replidesk prüft diesen Lauf beim nächsten Start erneut.</translation>
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="331" />
            <source>Still running on Replicate</source>
            <translation>Läuft noch auf Replicate</translation>
        </message>
        <message>
            <location filename="../../core/run_manager.py" line="332" />
            <source>Replidesk follows this run again at its next start.</source>
            <translation>Replidesk verfolgt diesen Lauf beim nächsten Start weiter.</translation>
        </message>
    </context>
    <context>
        <name>RunNotifier</name>
        <message>
            <location filename="../../gui/notifier.py" line="47" />
            <source>{model} finished</source>
            <translation>{model} ist fertig</translation>
        </message>
        <message>
            <location filename="../../gui/notifier.py" line="51" />
            <source>{model}: contact lost, it will be followed again</source>
            <translation>{model}: Verbindung verloren, der Lauf wird weiter verfolgt</translation>
        </message>
        <message>
            <location filename="../../gui/notifier.py" line="53" />
            <source>{model} failed</source>
            <translation>{model} ist fehlgeschlagen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/notifier.py" line="74" />
            <source>%n run(s) going</source>
            <translation>
                <numerusform>%n Lauf aktiv</numerusform>
                <numerusform>%n Läufe aktiv</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunStatus</name>
        <message>
            <location filename="../../core/run_events.py" line="56" />
            <source>Queued</source>
            <translation>In der Warteschlange</translation>
        </message>
        <message>
            <location filename="../../core/run_events.py" line="57" />
            <source>Starting</source>
            <translation>Startet</translation>
        </message>
        <message>
            <location filename="../../core/run_events.py" line="58" />
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <location filename="../../core/run_events.py" line="59" />
            <location filename="../../gui/self_test.py" line="77" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../core/run_events.py" line="60" />
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../core/run_events.py" line="61" />
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>RunView</name>
        <message>
            <location filename="../../gui/run_view.py" line="35" />
            <source>Still running on Replicate</source>
            <translation>Läuft noch auf Replicate</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="44" />
            <source>{note} ({status})</source>
            <translation>{note} ({status})</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="52" />
            <source>{status} · {seconds} s</source>
            <translation>{status} · {seconds} s</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="87" />
            <location filename="../../gui/run_view.py" line="89" />
            <source>Regenerate</source>
            <translation>Neu erzeugen</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="90" />
            <source>Ask the same question again for another answer</source>
            <translation>Dieselbe Frage erneut stellen, um eine andere Antwort zu bekommen</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="92" />
            <location filename="../../gui/run_view.py" line="94" />
            <source>Edit question</source>
            <translation>Frage bearbeiten</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="95" />
            <source>Put this question back in the prompt, to change it and send it again</source>
            <translation>Diese Frage zurück in den Prompt legen, um sie zu ändern und erneut zu senden</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="98" />
            <location filename="../../gui/run_view.py" line="100" />
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="178" />
            <source>Ask Replicate how this run is going, and follow it again from here</source>
            <translation>Replicate fragen, wie es um diesen Lauf steht, und ihn von hier aus weiter verfolgen</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="180" />
            <source>Fetch this run's files that could not be downloaded (those saved are kept)</source>
            <translation>Die Dateien dieses Laufs laden, die nicht heruntergeladen werden konnten (gespeicherte bleiben erhalten)</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="105" />
            <source>Earlier in this conversation</source>
            <translation>Früher in dieser Unterhaltung</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="140" />
            <source>Model: {model}</source>
            <translation>Modell: {model}</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="142" />
            <source>Prediction on Replicate: {id}</source>
            <translation>Vorhersage auf Replicate: {id}</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="159" />
            <source>You:</source>
            <translation>Sie:</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="160" />
            <source>(no answer)</source>
            <translation>(keine Antwort)</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="226" />
            <source>Uploading {name}…</source>
            <translation>{name} wird hochgeladen…</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="263" />
            <source>You: {prompt}</source>
            <translation>Sie: {prompt}</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="268" />
            <source>This run failed</source>
            <translation>Dieser Lauf ist fehlgeschlagen</translation>
        </message>
        <message>
            <location filename="../../gui/run_view.py" line="270" />
            <source>This run ended: {status}</source>
            <translation>Dieser Lauf wurde beendet: {status}</translation>
        </message>
    </context>
    <context>
        <name>RunsPage</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="275" />
            <source>Runs at once</source>
            <translation>Läufe gleichzeitig</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="276" />
            <source>Runs sent to Replicate at the same time; more wait</source>
            <translation>Läufe, die gleichzeitig an Replicate gehen; weitere warten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/settings_pages.py" line="279" />
            <source>%n run(s) at once</source>
            <translation>
                <numerusform>%n Lauf gleichzeitig</numerusform>
                <numerusform>%n Läufe gleichzeitig</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="281" />
            <source>Runs at &amp;once:</source>
            <translation>Läufe &amp;gleichzeitig:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="284" />
            <source>The last one used</source>
            <translation>Das zuletzt verwendete</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="287" />
            <source>Model at start</source>
            <translation>Modell beim Start</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="289" />
            <source>The model chosen when Replidesk starts, as owner/name; empty: the last one used</source>
            <translation>Das Modell, das beim Start von Replidesk gewählt ist, als besitzer/name; leer: das zuletzt verwendete</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="291" />
            <source>&amp;Start with model:</source>
            <translation>&amp;Startmodell:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="294" />
            <source>Keep runs</source>
            <translation>Läufe behalten</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="295" />
            <source>Older runs and their files are deleted; starred runs stay</source>
            <translation>Ältere Läufe und ihre Dateien werden gelöscht; markierte Läufe bleiben</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="298" />
            <source>For ever</source>
            <translation>Für immer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/settings_pages.py" line="298" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="300" />
            <source>&amp;Keep runs:</source>
            <translation>Läufe &amp;behalten:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="301" />
            <source>Older runs are deleted with their files, except starred runs.</source>
            <translation>Ältere Läufe werden samt Dateien gelöscht, außer markierten Läufen.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="302" />
            <source>Tell me when a run ends while Replidesk is in the background</source>
            <translation>Mich benachrichtigen, wenn ein Lauf endet, während Replidesk im Hintergrund ist</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="304" />
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="306" />
            <source>Notifications:</source>
            <translation>Benachrichtigungen:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="307" />
            <source>Look for a new version at start (asks GitHub; nothing is installed)</source>
            <translation>Beim Start nach einer neuen Version suchen (fragt GitHub; nichts wird installiert)</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="309" />
            <source>Check for updates at start</source>
            <translation>Beim Start nach Updates suchen</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="311" />
            <source>Updates:</source>
            <translation>Updates:</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="316" />
            <source>“{text}” is not a model name. Write it as owner/name, for example {example}.</source>
            <translation>„{text}“ ist kein Modellname. Schreiben Sie ihn als besitzer/name, zum Beispiel {example}.</translation>
        </message>
    </context>
    <context>
        <name>Saving</name>
        <message>
            <location filename="../../gui/saving.py" line="42" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../gui/saving.py" line="44" />
            <source>Save as</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <location filename="../../gui/saving.py" line="46" />
            <source>Save a copy of {name} where you choose</source>
            <translation>Eine Kopie von {name} an einem Ort Ihrer Wahl speichern</translation>
        </message>
        <message>
            <location filename="../../gui/saving.py" line="48" />
            <source>Save a copy of this file where you choose</source>
            <translation>Eine Kopie dieser Datei an einem Ort Ihrer Wahl speichern</translation>
        </message>
        <message>
            <location filename="../../gui/saving.py" line="74" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../gui/saving.py" line="75" />
            <source>{path} could not be written: {reason}</source>
            <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/saving.py" line="23" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/saving.py" line="27" />
            <source>{size} {unit}</source>
            <translation>{size} {unit}</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../../core/session.py" line="61" />
            <source>No token pasted</source>
            <translation>Kein Token eingefügt</translation>
        </message>
        <message>
            <location filename="../../core/session.py" line="62" />
            <source>Paste your Replicate API token in the box first.</source>
            <translation>Fügen Sie zuerst Ihr Replicate-API-Token in das Feld ein.</translation>
        </message>
        <message>
            <location filename="../../core/session.py" line="66" />
            <source>That does not look like a token</source>
            <translation>Das sieht nicht wie ein Token aus</translation>
        </message>
        <message>
            <location filename="../../core/session.py" line="67" />
            <source>An API token has no spaces or line breaks. Copy it again from Replicate.</source>
            <translation>Ein API-Token enthält keine Leerzeichen oder Zeilenumbrüche. Kopieren Sie es erneut von Replicate.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../gui/settings_dialog.py" line="46" />
            <location filename="../../gui/settings_dialog.py" line="47" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="60" />
            <location filename="../../gui/settings_dialog.py" line="61" />
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="63" />
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="64" />
            <source>&amp;Files</source>
            <translation>&amp;Dateien</translation>
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="65" />
            <source>A&amp;ppearance</source>
            <translation>&amp;Erscheinungsbild</translation>
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="66" />
            <source>&amp;Runs</source>
            <translation>&amp;Läufe</translation>
        </message>
        <message>
            <location filename="../../gui/settings_dialog.py" line="67" />
            <source>&amp;Network</source>
            <translation>&amp;Netzwerk</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <location filename="../../gui/settings_flow.py" line="61" />
            <source>Nowhere: this computer has no password store, so the token is asked for at each start</source>
            <translation>Nirgends: Dieser Computer hat keinen Passwortspeicher, daher wird bei jedem Start nach dem Token gefragt</translation>
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="95" />
            <source>The REPLICATE_API_TOKEN environment variable, set outside Replidesk: Sign out cannot remove it</source>
            <translation>In der Umgebungsvariable REPLICATE_API_TOKEN, außerhalb von Replidesk gesetzt: Abmelden kann es nicht entfernen</translation>
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="98" />
            <source>Only in memory, until Replidesk closes: the password store could not keep it</source>
            <translation>Nur im Arbeitsspeicher, bis Replidesk geschlossen wird: der Passwortspeicher konnte es nicht aufbewahren</translation>
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="122" />
            <source>Some of the changes are used from the next start of Replidesk</source>
            <translation>Einige Änderungen gelten ab dem nächsten Start von Replidesk</translation>
        </message>
        <message>
            <location filename="../../gui/settings_flow.py" line="124" />
            <source>Settings saved</source>
            <translation>Einstellungen gespeichert</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/settings_flow.py" line="137" />
            <source>%n old run(s) deleted, as set in Settings</source>
            <translation>
                <numerusform>%n alter Lauf gelöscht, wie in den Einstellungen festgelegt</numerusform>
                <numerusform>%n alte Läufe gelöscht, wie in den Einstellungen festgelegt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <location filename="../../gui/settings_pages.py" line="46" />
            <source>Choose a whole folder path, such as one picked with Choose….</source>
            <translation>Wählen Sie einen vollständigen Ordnerpfad, etwa einen mit Auswählen… gewählten.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="51" />
            <source>{path} is a file, not a folder.</source>
            <translation>{path} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="53" />
            <source>Replidesk may not write in {path}. Choose a folder of yours.</source>
            <translation>Replidesk darf nicht in {path} schreiben. Wählen Sie einen eigenen Ordner.</translation>
        </message>
        <message>
            <location filename="../../gui/settings_pages.py" line="60" />
            <source>Replidesk could not write in {path}. Choose another folder.</source>
            <translation>Replidesk konnte nicht in {path} schreiben. Wählen Sie einen anderen Ordner.</translation>
        </message>
    </context>
    <context>
        <name>Starters</name>
        <message>
            <location filename="../../gui/starters.py" line="37" />
            <source>Write a short, cheerful poem about a cat who loves rainy days.</source>
            <translation>Schreibe ein kurzes, fröhliches Gedicht über eine Katze, die Regentage liebt.</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="38" />
            <source>Ask a language model for a poem</source>
            <translation>Ein Sprachmodell um ein Gedicht bitten</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="39" />
            <source>Runs Meta's Llama 3 language model with a prompt asking for a short poem.</source>
            <translation>Führt das Sprachmodell Llama 3 von Meta mit einem Prompt aus, der um ein kurzes Gedicht bittet.</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="44" />
            <source>a lighthouse at dusk, oil painting</source>
            <translation>ein Leuchtturm in der Abenddämmerung, Ölgemälde</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="45" />
            <source>Paint a picture with an image model</source>
            <translation>Mit einem Bildmodell ein Bild malen</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="46" />
            <source>Runs Stability AI's SDXL image model with the prompt “a lighthouse at dusk, oil painting”.</source>
            <translation>Führt das Bildmodell SDXL von Stability AI mit dem Prompt „ein Leuchtturm in der Abenddämmerung, Ölgemälde“ aus.</translation>
        </message>
    </context>
    <context>
        <name>StartersDialog</name>
        <message>
            <location filename="../../gui/starters.py" line="71" />
            <source>Try a first run</source>
            <translation>Einen ersten Lauf ausprobieren</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="74" />
            <source>You are signed in as {name}.</source>
            <translation>Sie sind als {name} angemeldet.</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="76" />
            <source>You are signed in.</source>
            <translation>Sie sind angemeldet.</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="81" />
            <source>Try a first run with one click (billed to your Replicate account, like every run):</source>
            <translation>Probieren Sie einen ersten Lauf mit einem Klick (wie jeder Lauf Ihrem Replicate-Konto in Rechnung gestellt):</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="89" />
            <location filename="../../gui/starters.py" line="91" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../gui/starters.py" line="92" />
            <source>Closes this window without running anything.</source>
            <translation>Schließt dieses Fenster, ohne etwas auszuführen.</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <location filename="../../gui/status_line.py" line="29" />
            <location filename="../../gui/status_line.py" line="61" />
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/status_line.py" line="38" />
            <source>Following %n run(s) still running on Replicate…</source>
            <translation>
                <numerusform>%n Lauf, der noch auf Replicate läuft, wird verfolgt…</numerusform>
                <numerusform>%n Läufe, die noch auf Replicate laufen, werden verfolgt…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/status_line.py" line="48" />
            <source>{status} — %n runs going</source>
            <translation>
                <numerusform>{status} — %n Lauf aktiv</numerusform>
                <numerusform>{status} — %n Läufe aktiv</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/status_line.py" line="56" />
            <source>{running} running, {queued} queued</source>
            <translation>{running} laufen, {queued} warten</translation>
        </message>
        <message>
            <location filename="../../gui/status_line.py" line="58" />
            <source>{running} running</source>
            <translation>{running} laufen</translation>
        </message>
        <message>
            <location filename="../../gui/status_line.py" line="71" />
            <source>Every run left going last time has ended</source>
            <translation>Alle beim letzten Mal noch laufenden Läufe sind beendet</translation>
        </message>
    </context>
    <context>
        <name>TextView</name>
        <message>
            <location filename="../../gui/markdown_text.py" line="72" />
            <source>Image:</source>
            <translation>Bild:</translation>
        </message>
        <message>
            <location filename="../../gui/markdown_text.py" line="188" />
            <source>Copy code</source>
            <translation>Code kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="72" />
            <source>Output text</source>
            <translation>Ausgabetext</translation>
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="73" />
            <source>The model's answer</source>
            <translation>Die Antwort des Modells</translation>
        </message>
        <message>
            <location filename="../../gui/text_view.py" line="75" />
            <source>The model's answer appears here.</source>
            <translation>Die Antwort des Modells erscheint hier.</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../gui/theme.py" line="35" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../../gui/theme.py" line="37" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location filename="../../gui/theme.py" line="38" />
            <source>As the &amp;system</source>
            <translation>Wie das &amp;System</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <location filename="../../gui/token_dialog.py" line="50" />
            <source>Welcome to Replidesk</source>
            <translation>Willkommen bei Replidesk</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="50" />
            <source>Replicate API token</source>
            <translation>Replicate-API-Token</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="59" />
            <source>To sign in, Replidesk needs an API token from your Replicate account:
1. Sign in at Replicate and open your API tokens page.
2. Copy a token (create one if the list is empty).
3. Paste it below and press Sign in. A line such as export REPLICATE_API_TOKEN=r8_… works too.</source>
            <translation>Zum Anmelden braucht Replidesk ein API-Token aus Ihrem Replicate-Konto:
1. Melden Sie sich bei Replicate an und öffnen Sie Ihre Seite mit API-Tokens.
2. Kopieren Sie ein Token (erstellen Sie eines, wenn die Liste leer ist).
3. Fügen Sie es unten ein und drücken Sie Anmelden. Eine Zeile wie export REPLICATE_API_TOKEN=r8_… funktioniert auch.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="68" />
            <location filename="../../gui/token_dialog.py" line="70" />
            <source>Open my API tokens page</source>
            <translation>Meine Seite mit API-Tokens öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="72" />
            <source>Opens replicate.com/account/api-tokens in your web browser, where you can copy a token.</source>
            <translation>Öffnet replicate.com/account/api-tokens in Ihrem Webbrowser, wo Sie ein Token kopieren können.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="78" />
            <source>API token</source>
            <translation>API-Token</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="80" />
            <source>Your Replicate API token, hidden as it is typed unless Show the token is checked.</source>
            <translation>Ihr Replicate-API-Token, bei der Eingabe verborgen, außer „Token zeigen“ ist angehakt.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="83" />
            <source>Paste your API token here (r8_…)</source>
            <translation>Fügen Sie hier Ihr API-Token ein (r8_…)</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="84" />
            <location filename="../../gui/token_dialog.py" line="86" />
            <source>Show the token</source>
            <translation>Token zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="87" />
            <source>Shows the token typed in the box instead of dots.</source>
            <translation>Zeigt das eingegebene Token statt Punkten.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="101" />
            <location filename="../../gui/token_dialog.py" line="102" />
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="103" />
            <source>Checks the token with Replicate, then keeps it.</source>
            <translation>Prüft das Token bei Replicate und behält es dann.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="106" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="137" />
            <source>The token is checked with Replicate. This computer has no password store such as GNOME Keyring or KWallet, so Replidesk keeps the token only while it is open: you will be asked for it again next time.</source>
            <translation>Das Token wird bei Replicate geprüft. Dieser Computer hat keinen Passwortspeicher wie GNOME Keyring oder KWallet, daher behält Replidesk das Token nur, solange es geöffnet ist: Sie werden beim nächsten Mal erneut danach gefragt.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="141" />
            <source>your system's password store</source>
            <translation>dem Passwortspeicher Ihres Systems</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="143" />
            <source>The token is checked with Replicate, then kept in {store} (as “{service}”), and nowhere else.</source>
            <translation>Das Token wird bei Replicate geprüft und dann in {store} (als „{service}“) aufbewahrt, nirgendwo sonst.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="191" />
            <source>Checking the token with Replicate…</source>
            <translation>Das Token wird bei Replicate geprüft…</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="206" />
            <source>Signed in as {name} ({username}).</source>
            <translation>Angemeldet als {name} ({username}).</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="212" />
            <source>Signed in as {name} ({username}), for this session only: Replidesk will ask for the token again the next time it starts.</source>
            <translation>Angemeldet als {name} ({username}), nur für diese Sitzung: Replidesk fragt beim nächsten Start erneut nach dem Token.</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="222" />
            <location filename="../../gui/token_dialog.py" line="223" />
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../../gui/token_dialog.py" line="224" />
            <source>Closes this window.</source>
            <translation>Schließt dieses Fenster.</translation>
        </message>
    </context>
    <context>
        <name>TokenFlow</name>
        <message>
            <location filename="../../gui/token_flow.py" line="65" />
            <source>Not signed in: Account → Set API token… lets Replidesk run models.</source>
            <translation>Nicht angemeldet: Mit Konto → API-Token festlegen… kann Replidesk Modelle ausführen.</translation>
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="84" />
            <source>Signed in as {name} for this session only</source>
            <translation>Angemeldet als {name}, nur für diese Sitzung</translation>
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="86" />
            <source>Signed in as {name}</source>
            <translation>Angemeldet als {name}</translation>
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="110" />
            <source>Signed out: the token was forgotten</source>
            <translation>Abgemeldet: Das Token wurde vergessen</translation>
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="112" />
            <source>Signed out: the token was removed from the password store</source>
            <translation>Abgemeldet: Das Token wurde aus dem Passwortspeicher entfernt</translation>
        </message>
        <message>
            <location filename="../../gui/token_flow.py" line="114" />
            <source>{signed_out} (REPLICATE_API_TOKEN is still set in the environment)</source>
            <translation>{signed_out} (REPLICATE_API_TOKEN ist in der Umgebung noch gesetzt)</translation>
        </message>
    </context>
    <context>
        <name>TokenStore</name>
        <message>
            <location filename="../../core/token_store.py" line="60" />
            <source>macOS Keychain</source>
            <translation>macOS-Schlüsselbund</translation>
        </message>
        <message>
            <location filename="../../core/token_store.py" line="61" />
            <source>Windows Credential Manager</source>
            <translation>Windows-Anmeldeinformationsverwaltung</translation>
        </message>
        <message>
            <location filename="../../core/token_store.py" line="62" />
            <location filename="../../core/token_store.py" line="63" />
            <source>Secret Service (GNOME Keyring)</source>
            <translation>Secret Service (GNOME Keyring)</translation>
        </message>
        <message>
            <location filename="../../core/token_store.py" line="64" />
            <source>KWallet</source>
            <translation>KWallet</translation>
        </message>
        <message>
            <location filename="../../core/token_store.py" line="130" />
            <source>Password store problem</source>
            <translation>Problem mit dem Passwortspeicher</translation>
        </message>
        <message>
            <location filename="../../core/token_store.py" line="131" />
            <source>Your system's password store failed ({name}). Check that it is running and unlocked, then try again.</source>
            <translation>Der Passwortspeicher Ihres Systems ist fehlgeschlagen ({name}). Prüfen Sie, ob er läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptView</name>
        <message>
            <location filename="../../gui/transcript_view.py" line="64" />
            <source>Transcript</source>
            <translation>Transkript</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="64" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="65" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="74" />
            <source>The text the model gave, to read, select and copy</source>
            <translation>Der Text des Modells, zum Lesen, Auswählen und Kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="77" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="79" />
            <source>Copy text</source>
            <translation>Text kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="80" />
            <source>Copy the whole text to the clipboard</source>
            <translation>Den ganzen Text in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="82" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="84" />
            <source>Save as</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="86" />
            <source>Save the text as a .txt file, or as .srt subtitles</source>
            <translation>Den Text als .txt-Datei oder als .srt-Untertitel speichern</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="88" />
            <source>Save the text as a .txt file</source>
            <translation>Den Text als .txt-Datei speichern</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="91" />
            <location filename="../../gui/transcript_view.py" line="94" />
            <location filename="../../gui/transcript_view.py" line="117" />
            <source>Show details</source>
            <translation>Details zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="95" />
            <source>Everything the model returned, as fields and values</source>
            <translation>Alles, was das Modell geliefert hat, als Felder und Werte</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="117" />
            <source>Hide details</source>
            <translation>Details verbergen</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="120" />
            <source>transcript</source>
            <translation>transkript</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="120" />
            <source>caption</source>
            <translation>bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../gui/transcript_view.py" line="121" />
            <source>text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>UpdateCheck</name>
        <message>
            <location filename="../../gui/update_check.py" line="41" />
            <source>You have the latest version of {app} ({version}).</source>
            <translation>Sie haben die neueste Version von {app} ({version}).</translation>
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="47" />
            <source>{app} {version} is available (you have {current}). Download it from its release page and install it over this one: your runs and settings stay.</source>
            <translation>{app} {version} ist verfügbar (Sie haben {current}). Laden Sie sie von ihrer Release-Seite herunter und installieren Sie sie über diese: Ihre Läufe und Einstellungen bleiben erhalten.</translation>
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="51" />
            <source>Open the download page</source>
            <translation>Download-Seite öffnen</translation>
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="54" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../gui/update_check.py" line="65" />
            <source>Check for updates</source>
            <translation>Nach Updates suchen</translation>
        </message>
    </context>
    <context>
        <name>Updates</name>
        <message>
            <location filename="../../core/updates.py" line="54" />
            <source>No release has been published yet.</source>
            <translation>Es wurde noch keine Version veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../core/updates.py" line="62" />
            <source>GitHub answered {status}. Try again later.</source>
            <translation>GitHub antwortete {status}. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <location filename="../../core/updates.py" line="65" />
            <source>GitHub could not be reached. Check your internet connection and try again.</source>
            <translation>GitHub ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../core/updates.py" line="68" />
            <location filename="../../core/updates.py" line="71" />
            <source>GitHub's answer could not be read.</source>
            <translation>Die Antwort von GitHub konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../core/updates.py" line="80" />
            <source>Could not check for updates</source>
            <translation>Updates konnten nicht geprüft werden</translation>
        </message>
    </context>
    <context>
        <name>ValueView</name>
        <message>
            <location filename="../../gui/file_views.py" line="72" />
            <source>Too deep to show here ({levels} levels): see Copy as JSON</source>
            <translation>Zu tief, um es hier zu zeigen ({levels} Ebenen): siehe Als JSON kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="101" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="101" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="102" />
            <source>Output fields</source>
            <translation>Ausgabefelder</translation>
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="103" />
            <source>What the model returned, field by field</source>
            <translation>Was das Modell geliefert hat, Feld für Feld</translation>
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="118" />
            <location filename="../../gui/file_views.py" line="120" />
            <source>Copy as JSON</source>
            <translation>Als JSON kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/file_views.py" line="121" />
            <source>Copy everything the model returned, as JSON text</source>
            <translation>Alles, was das Modell geliefert hat, als JSON-Text kopieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/file_views.py" line="75" />
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n Feld</numerusform>
                <numerusform>%n Felder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/file_views.py" line="79" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeIntro</name>
        <message>
            <location filename="../../gui/welcome_dialog.py" line="19" />
            <source>Welcome to {app}</source>
            <translation>Willkommen bei {app}</translation>
        </message>
        <message>
            <location filename="../../gui/welcome_dialog.py" line="27" />
            <source>{app} runs AI models for you: write a prompt, press Run, and get text, images or sound back. The models run on Replicate, a service that runs AI models in the cloud, so your computer needs no special hardware.</source>
            <translation>{app} führt KI-Modelle für Sie aus: Schreiben Sie einen Prompt, drücken Sie Ausführen und erhalten Sie Text, Bilder oder Ton zurück. Die Modelle laufen auf Replicate, einem Dienst, der KI-Modelle in der Cloud ausführt, daher braucht Ihr Computer keine besondere Hardware.</translation>
        </message>
        <message>
            <location filename="../../gui/welcome_dialog.py" line="35" />
            <source>Runs are billed to your own Replicate account, at Replicate's prices: {app} has no account or fees of its own. {app} is not made by Replicate.</source>
            <translation>Läufe werden Ihrem eigenen Replicate-Konto zu den Preisen von Replicate in Rechnung gestellt: {app} hat kein eigenes Konto und keine eigenen Gebühren. {app} stammt nicht von Replicate.</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message numerus="yes">
            <location filename="../../gui/window_actions.py" line="212" />
            <source>%n run(s) at once</source>
            <translation>
                <numerusform>%n Lauf gleichzeitig</numerusform>
                <numerusform>%n Läufe gleichzeitig</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="37" />
            <location filename="../../gui/window_actions.py" line="169" />
            <source>&amp;Run</source>
            <translation>&amp;Ausführen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="40" />
            <source>Start a run</source>
            <translation>Einen Lauf starten</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="45" />
            <source>&amp;Compare models…</source>
            <translation>Modelle &amp;vergleichen…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="47" />
            <source>Send the prompt to several models</source>
            <translation>Den Prompt an mehrere Modelle senden</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="52" />
            <source>Run &amp;several times…</source>
            <translation>&amp;Mehrmals ausführen…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="53" />
            <source>Repeat a run, or run each line</source>
            <translation>Einen Lauf wiederholen oder jede Zeile ausführen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="56" />
            <source>&amp;New conversation</source>
            <translation>&amp;Neue Unterhaltung</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="61" />
            <source>Choose &amp;model</source>
            <translation>&amp;Modell wählen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="63" />
            <source>Type a model's name or what it should do</source>
            <translation>Den Namen eines Modells eingeben oder was es tun soll</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="68" />
            <source>&amp;Browse models…</source>
            <translation>Modelle &amp;durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="70" />
            <source>Find a model by what it does</source>
            <translation>Ein Modell danach finden, was es tut</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="73" />
            <source>Cance&amp;l run</source>
            <translation>Lauf a&amp;bbrechen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="75" />
            <source>Cancel &amp;all runs</source>
            <translation>A&amp;lle Läufe abbrechen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="79" />
            <source>&amp;Search runs</source>
            <translation>Läufe &amp;suchen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="81" />
            <source>Find a past run by its prompt or model</source>
            <translation>Einen früheren Lauf anhand von Prompt oder Modell finden</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="86" />
            <source>&amp;Save output as…</source>
            <translation>Ausgabe &amp;speichern unter…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="88" />
            <source>Save the shown run's output where you choose</source>
            <translation>Die Ausgabe des angezeigten Laufs an einem Ort Ihrer Wahl speichern</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="93" />
            <source>Import from &amp;Replicate…</source>
            <translation>Von &amp;Replicate importieren…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="94" />
            <source>Bring in the runs already on your Replicate account</source>
            <translation>Die Läufe übernehmen, die schon in Ihrem Replicate-Konto sind</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="96" />
            <source>&amp;Data folder…</source>
            <translation>&amp;Datenordner…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="98" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="101" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="106" />
            <source>Reset &amp;layout</source>
            <translation>Layout &amp;zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="107" />
            <source>Put the window's size and columns back as they were at first</source>
            <translation>Fenstergröße und Spalten auf den Anfangszustand zurücksetzen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="109" />
            <source>Show the &amp;run list</source>
            <translation>&amp;Laufliste zeigen</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="111" />
            <source>Set API &amp;token…</source>
            <translation>API-&amp;Token festlegen…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="112" />
            <source>Sign &amp;out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="114" />
            <source>&amp;Getting started</source>
            <translation>&amp;Erste Schritte</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="116" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="120" />
            <source>&amp;Report a problem…</source>
            <translation>&amp;Problem melden…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="121" />
            <source>Put the log into a file you can send with a description</source>
            <translation>Das Protokoll in eine Datei legen, die Sie mit einer Beschreibung senden können</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="126" />
            <source>Check for &amp;updates…</source>
            <translation>Nach &amp;Updates suchen…</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="127" />
            <source>See whether a newer version of Replidesk has been released</source>
            <translation>Nachsehen, ob eine neuere Version von Replidesk erschienen ist</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="129" />
            <source>&amp;About {app}</source>
            <translation>Ü&amp;ber {app}</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="163" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="164" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="165" />
            <source>&amp;View</source>
            <translation>A&amp;nsicht</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="166" />
            <source>&amp;Theme</source>
            <translation>&amp;Design</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="168" />
            <source>&amp;Models</source>
            <translation>&amp;Modelle</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="173" />
            <source>Runs at &amp;once</source>
            <translation>Läufe &amp;gleichzeitig</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="175" />
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <location filename="../../gui/window_actions.py" line="186" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="../../gui/window_layout.py" line="54" />
            <source>Starting {app}…</source>
            <translation>{app} wird gestartet…</translation>
        </message>
    </context>
    <context>
        <name>ZipLimits</name>
        <message>
            <location filename="../../core/zip_limits.py" line="44" />
            <source>Export too large</source>
            <translation>Export zu groß</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="53" />
            <source>holds more than {count} files</source>
            <translation>enthält mehr als {count} Dateien</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="63" />
            <source>holds a file larger than {size}</source>
            <translation>enthält eine Datei, die größer als {size} ist</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="66" />
            <source>holds a file that would expand more than {ratio} times (a “zip bomb”)</source>
            <translation>enthält eine Datei, die sich mehr als {ratio}-fach ausdehnen würde (eine „ZIP-Bombe“)</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="67" />
            <source>Unsafe export</source>
            <translation>Unsicherer Export</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="72" />
            <source>would expand to more than {size} of files</source>
            <translation>würde sich auf mehr als {size} an Dateien ausdehnen</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="75" />
            <source>needs {size} of free space, more than the disk has left</source>
            <translation>braucht {size} freien Speicher, mehr als der Datenträger noch hat</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="76" />
            <source>Not enough space</source>
            <translation>Nicht genug Speicherplatz</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="104" />
            <source>is encrypted</source>
            <translation>ist verschlüsselt</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="104" />
            <location filename="../../core/zip_limits.py" line="109" />
            <source>Cannot read this export</source>
            <translation>Dieser Export kann nicht gelesen werden</translation>
        </message>
        <message>
            <location filename="../../core/zip_limits.py" line="108" />
            <source>uses a kind of compression Replidesk cannot read</source>
            <translation>verwendet eine Komprimierung, die Replidesk nicht lesen kann</translation>
        </message>
    </context>
    <context>
        <name>DesktopOpen</name>
        <message>
            <location filename="../../gui/desktop_open.py" line="43" />
            <source>Nothing was found at:

{path}

It may have been moved or deleted.</source>
            <translation>An diesem Ort wurde nichts gefunden:

{path}

Es wurde vielleicht verschoben oder gelöscht.</translation>
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="45" />
            <source>No program to show folders was found. The folder is:

{path}</source>
            <translation>Es wurde kein Programm zum Anzeigen von Ordnern gefunden. Der Ordner ist:

{path}</translation>
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="47" />
            <source>No program to open this file was found. It is saved at:

{path}</source>
            <translation>Es wurde kein Programm zum Öffnen dieser Datei gefunden. Sie ist gespeichert unter:

{path}</translation>
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="49" />
            <source>Copy path</source>
            <translation>Pfad kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="51" />
            <source>No web browser could be opened. The address is:

{url}</source>
            <translation>Es konnte kein Webbrowser geöffnet werden. Die Adresse ist:

{url}</translation>
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="52" />
            <source>Copy address</source>
            <translation>Adresse kopieren</translation>
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="55" />
            <source>Could not open</source>
            <translation>Konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../gui/desktop_open.py" line="70" />
            <source>Show in folder</source>
            <translation>Im Ordner zeigen</translation>
        </message>
    </context>
    <context>
        <name>DeleteRuns</name>
        <message numerus="yes">
            <location filename="../../gui/run_list.py" line="41" />
            <source>Delete %n run(s)</source>
            <translation>
                <numerusform>%n Lauf löschen</numerusform>
                <numerusform>%n Läufe löschen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunListModel</name>
        <message>
            <location filename="../../gui/run_list_model.py" line="70" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list_model.py" line="72" />
            <source>%n min ago</source>
            <translation>
                <numerusform>vor %n Min.</numerusform>
                <numerusform>vor %n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/run_list_model.py" line="74" />
            <source>%n h ago</source>
            <translation>
                <numerusform>vor %n Std.</numerusform>
                <numerusform>vor %n Std.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="77" />
            <source>unknown date</source>
            <translation>unbekanntes Datum</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="82" />
            <source>(no prompt)</source>
            <translation>(kein Prompt)</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="87" />
            <source>Queued</source>
            <translation>In der Warteschlange</translation>
        </message>
        <message>
            <location filename="../../gui/run_list_model.py" line="89" />
            <source>{status} · {seconds} s</source>
            <translation>{status} · {seconds} s</translation>
        </message>
    </context>
</TS>

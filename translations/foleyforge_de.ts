<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>foley::app::captioning::CaptionClient</name>
    <message>
        <source>sending 1 keyframe</source>
        <translation>1 Schlüsselbild wird gesendet</translation>
    </message>
    <message>
        <source>sending %1 keyframes</source>
        <translation>%1 Schlüsselbilder werden gesendet</translation>
    </message>
    <message>
        <source>waiting for the model</source>
        <translation>warte auf das Modell</translation>
    </message>
</context>
<context>
    <name>foley::app::CaptionController</name>
    <message>
        <source>open a video first</source>
        <translation>zuerst ein Video öffnen</translation>
    </message>
    <message>
        <source>choose a server and model in Settings → Captioning… first</source>
        <translation>zuerst Server und Modell unter Einstellungen → Beschreibungen… wählen</translation>
    </message>
</context>
<context>
    <name>foley::widgets::CaptionEditor</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>From Video…</source>
        <translation>Aus dem Video…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Describe the sound, e.g. "footsteps on gravel, then a wooden door slams"</source>
        <translation>Beschreiben Sie den Klang, z. B. „Schritte auf Kies, dann knallt eine Holztür zu“</translation>
    </message>
    <message>
        <source>The global caption. Ctrl+Enter or leaving the box applies it.</source>
        <translation>Die globale Beschreibung. Strg+Eingabe oder Verlassen des Feldes übernimmt sie.</translation>
    </message>
    <message>
        <source>What to avoid, e.g. "music, speech, hum"</source>
        <translation>Was vermieden werden soll, z. B. „Musik, Sprache, Brummen“</translation>
    </message>
    <message>
        <source>Appended to the caption when generating</source>
        <translation>Wird beim Erzeugen an die Beschreibung angehängt</translation>
    </message>
    <message>
        <source>Import a caption from a JSON sidecar ({"video": …, "description": …}) or a text file</source>
        <translation>Eine Beschreibung aus einer JSON-Begleitdatei ({"video": …, "description": …}) oder einer Textdatei importieren</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Negativ-Prompt</translation>
    </message>
    <message>
        <source>Quality tag</source>
        <translation>Qualitätsangabe</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Ask a local vision model for a caption of the video (Settings → Captioning…)</source>
        <translation>Ein lokales Bildmodell um eine Beschreibung des Videos bitten (Einstellungen → Beschreibungen…)</translation>
    </message>
    <message>
        <source>Timed captions</source>
        <translation>Zeitliche Beschreibungen</translation>
    </message>
    <message>
        <source>Add a caption for the selected time range (or two seconds from the playhead)</source>
        <translation>Eine Beschreibung für den ausgewählten Zeitbereich hinzufügen (oder für zwei Sekunden ab der Abspielposition)</translation>
    </message>
    <message>
        <source>Remove the selected timed captions (Delete)</source>
        <translation>Die ausgewählten zeitlichen Beschreibungen entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>foley::widgets::CaptionOriginBadge</name>
    <message>
        <source>MLLM</source>
        <translation>MLLM</translation>
    </message>
    <message>
        <source>Written by a multimodal language model from the video; edit it to make it yours</source>
        <translation>Von einem multimodalen Sprachmodell aus dem Video geschrieben; bearbeiten Sie sie, um sie zu Ihrer eigenen zu machen</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>Proposed by the sound-event detector; edit it to make it yours</source>
        <translation>Vom Klangereignis-Detektor vorgeschlagen; bearbeiten Sie sie, um sie zu Ihrer eigenen zu machen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Written or edited by you</source>
        <translation>Von Ihnen geschrieben oder bearbeitet</translation>
    </message>
    <message>
        <source>MLLM · %1</source>
        <translation>MLLM · %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2 at %3 from the video; edit it to make it yours</source>
        <translation>Von %1 auf %2 am %3 aus dem Video geschrieben; bearbeiten Sie sie, um sie zu Ihrer zu machen</translation>
    </message>
</context>
<context>
    <name>foley::widgets::CaptionProposalBox</name>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use the proposal as the caption (one undo step)</source>
        <translation>Den Vorschlag als Beschreibung übernehmen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Keep the caption as it is</source>
        <translation>Die Beschreibung unverändert lassen</translation>
    </message>
    <message>
        <source>Captioning: %1…</source>
        <translation>Beschreibung: %1…</translation>
    </message>
    <message>
        <source>Proposed by %1:</source>
        <translation>Vorschlag von %1:</translation>
    </message>
    <message>
        <source>Captioning failed: %1</source>
        <translation>Beschreibung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Replaces: %1</source>
        <translation>Ersetzt: %1</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Negative prompt: %1</source>
        <translation>Negativer Prompt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n timed caption(s), replacing the current ones</source>
        <translation>
            <numerusform>%n zeitliche Beschreibung, ersetzt die bisherigen</numerusform>
            <numerusform>%n zeitliche Beschreibungen, ersetzen die bisherigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>foley::app::captioning::CaptionRun</name>
    <message>
        <source>choosing keyframes</source>
        <translation>Schlüsselbilder werden gewählt</translation>
    </message>
</context>
<context>
    <name>foley::widgets::CaptionSegmentLane</name>
    <message>
        <source>Timed captions · double-click to add or edit · drag to move, drag an edge to resize · Delete</source>
        <translation>Zeitliche Beschreibungen · Doppelklick zum Hinzufügen oder Bearbeiten · Ziehen zum Verschieben, Kante ziehen zum Ändern der Länge · Entf</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>foley::widgets::CaptionSegmentTableModel</name>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>foley::app::CaptioningSettingsDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Captioning</source>
        <translation>Beschreibungen</translation>
    </message>
    <message>
        <source>llama-server: http://127.0.0.1:8080/v1 · Ollama: http://127.0.0.1:11434/v1</source>
        <translation>llama-server: http://127.0.0.1:8080/v1 · Ollama: http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <source>optional; kept in your settings, never in a project</source>
        <translation>optional; bleibt in Ihren Einstellungen, nie in einem Projekt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Server (base URL)</source>
        <translation>Server (Basis-URL)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>Schlüsselbilder</translation>
    </message>
    <message>
        <source>Connected; the server lists no models</source>
        <translation>Verbunden; der Server nennt keine Modelle</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
</context>
<context>
    <name>EditTool</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Mask pencil</source>
        <translation>Masken-Stift</translation>
    </message>
    <message>
        <source>Mask eraser</source>
        <translation>Masken-Radierer</translation>
    </message>
    <message>
        <source>Mask range</source>
        <translation>Masken-Bereich</translation>
    </message>
</context>
<context>
    <name>foley::app::EditorPanels</name>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
    <message>
        <source>Onsets</source>
        <translation>Onsets</translation>
    </message>
    <message>
        <source>Sound Library</source>
        <translation>Klangbibliothek</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Edit tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Snap to frames</source>
        <translation>An Bildern einrasten</translation>
    </message>
    <message>
        <source>Snap to detected peaks</source>
        <translation>An erkannten Spitzen einrasten</translation>
    </message>
</context>
<context>
    <name>foley::app::GenerationController</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Loading the model pack…</source>
        <translation>Modellpaket wird geladen…</translation>
    </message>
    <message>
        <source>Choose a model pack folder (it holds model.json)</source>
        <translation>Ordner eines Modellpakets wählen (er enthält model.json)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Model pack %1 %2 loaded.</source>
        <translation>Modellpaket %1 %2 geladen.</translation>
    </message>
    <message>
        <source>Generation is not available: %1. Choose a model pack in Settings → Model Pack…</source>
        <translation>Erzeugen ist nicht möglich: %1. Wählen Sie ein Modellpaket unter Einstellungen → Modellpaket…</translation>
    </message>
    <message>
        <source>Open a video first: the take is generated for its picture and length.</source>
        <translation>Öffnen Sie zuerst ein Video: der Take wird für sein Bild und seine Länge erzeugt.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>New take generated in %1 s (seed %2); %3.</source>
        <translation>Neuer Take in %1 s erzeugt (Seed %2); %3.</translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>Erzeugen abgebrochen.</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Erzeugen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>foley::widgets::GenerationPanel</name>
    <message>
        <source>Whole clip</source>
        <translation>Ganzer Clip</translation>
    </message>
    <message>
        <source>Selected region</source>
        <translation>Ausgewählter Bereich</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Sampler steps: more is slower and usually cleaner</source>
        <translation>Sampler-Schritte: mehr ist langsamer und meist sauberer</translation>
    </message>
    <message>
        <source>Classifier-free guidance: how strongly the caption and video steer the sound (1 = off)</source>
        <translation>Classifier-free Guidance: wie stark Beschreibung und Video den Klang lenken (1 = aus)</translation>
    </message>
    <message>
        <source>Weight of the caption/video condition</source>
        <translation>Gewichtung der Beschreibungs-/Video-Bedingung</translation>
    </message>
    <message>
        <source>Weight of the onset/mask timing condition (0 ignores your timing)</source>
        <translation>Gewichtung der Onset-/Masken-Timing-Bedingung (0 ignoriert Ihr Timing)</translation>
    </message>
    <message>
        <source>How far to move away from the sound library's recordings placed at your onsets (0 = keep them, 1 = generate from noise)</source>
        <translation>Wie weit sich der Klang von den Aufnahmen der Geräuschbibliothek an Ihren Onsets entfernt (0 = beibehalten, 1 = aus Rauschen erzeugen)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Render</translation>
    </message>
    <message>
        <source>Take rate</source>
        <translation>Take-Rate</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Führung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Semantic strength</source>
        <translation>Semantische Stärke</translation>
    </message>
    <message>
        <source>Temporal strength</source>
        <translation>Zeitliche Stärke</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>No generation engine is loaded yet.</source>
        <translation>Es ist noch keine Erzeugungs-Engine geladen.</translation>
    </message>
    <message>
        <source>The random seed: the same seed and settings give the same sound</source>
        <translation>Der Zufalls-Seed: gleicher Seed und gleiche Einstellungen ergeben denselben Klang</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Locked: every generation uses this seed. Unlocked: a new seed each time (kept in the take)</source>
        <translation>Gesperrt: jede Erzeugung verwendet diesen Seed. Entsperrt: jedes Mal ein neuer Seed (wird im Take gespeichert)</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <source>Draw a new random seed</source>
        <translation>Einen neuen Zufalls-Seed ziehen</translation>
    </message>
    <message>
        <source>From recordings</source>
        <translation>Aus Aufnahmen</translation>
    </message>
    <message>
        <source>Neural (16 kHz)</source>
        <translation>Neuronal (16 kHz)</translation>
    </message>
    <message>
        <source>From recordings: real recordings of the sound library at full quality, chosen per event to match the model's drawing, placed on your onsets and varied. Neural: the model's own audio at 16 kHz, for sounds the library cannot supply.</source>
        <translation>Aus Aufnahmen: echte Aufnahmen der Klangbibliothek in voller Qualität, je Ereignis passend zur Skizze des Modells gewählt, auf Ihre Onsets gesetzt und variiert. Neuronal: der eigene Ton des Modells mit 16 kHz, für Klänge, die die Bibliothek nicht hat.</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>Sample rate of takes rendered from recordings (neural takes are 16 kHz)</source>
        <translation>Abtastrate von Takes aus Aufnahmen (neuronale Takes haben 16 kHz)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>(select a range on the timeline)</source>
        <translation>(Bereich auf der Zeitleiste auswählen)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The model is not available.</source>
        <translation>Das Modell ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select a time range on the timeline to regenerate only that part.</source>
        <translation>Wählen Sie einen Zeitbereich auf der Zeitleiste, um nur diesen Teil neu zu erzeugen.</translation>
    </message>
    <message>
        <source>Generate a new take (it is added to the takes list)</source>
        <translation>Einen neuen Take erzeugen (er wird der Take-Liste hinzugefügt)</translation>
    </message>
</context>
<context>
    <name>foley::app::IntentRouter</name>
    <message numerus="yes">
        <source>Delete %n take(s)</source>
        <translation>
            <numerusform>%n Take löschen</numerusform>
            <numerusform>%n Takes löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>foley::widgets::LibraryPanel</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>&amp;Use for Selected Onsets</source>
        <translation>Für ausgewählte Onsets &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Let Takes Choose</source>
        <translation>Takes &amp;wählen lassen</translation>
    </message>
    <message>
        <source>Search your sound libraries (e.g. creaky wooden door)</source>
        <translation>Eigene Klangbibliotheken durchsuchen (z. B. knarrende Holztür)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>The selected onsets use this recording in every take (undoable)</source>
        <translation>Die ausgewählten Onsets verwenden diese Aufnahme in jedem Take (rückgängig machbar)</translation>
    </message>
    <message>
        <source>The selected onsets let each take choose their recording again</source>
        <translation>Die ausgewählten Onsets überlassen die Wahl der Aufnahme wieder jedem Take</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>eigene</translation>
    </message>
</context>
<context>
    <name>foley::app::MainActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project or a video</source>
        <translation>Ein Projekt oder ein Video öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export MP4…</source>
        <translation>MP4 &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the video with the active take as its sound (video stream copied)</source>
        <translation>Das Video mit dem aktiven Take als Ton schreiben (Videostream kopiert)</translation>
    </message>
    <message>
        <source>&amp;Import Onsets…</source>
        <translation>Onsets &amp;importieren…</translation>
    </message>
    <message>
        <source>CSV (time,strength,label), Audacity labels, REAPER markers, WebVTT, SRT or WAV cue points</source>
        <translation>CSV (Zeit,Stärke,Bezeichnung), Audacity-Labels, REAPER-Marker, WebVTT, SRT oder WAV-Cue-Punkte</translation>
    </message>
    <message>
        <source>E&amp;xport Onsets…</source>
        <translation>Onsets e&amp;xportieren…</translation>
    </message>
    <message>
        <source>CSV, Audacity labels, REAPER markers, WebVTT or SRT</source>
        <translation>CSV, Audacity-Labels, REAPER-Marker, WebVTT oder SRT</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Abspielen / Pause</translation>
    </message>
    <message>
        <source>Previous &amp;Frame</source>
        <translation>Vorheriges &amp;Bild</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Back One Second</source>
        <translation>Eine Sekunde zurück</translation>
    </message>
    <message>
        <source>Forward One Second</source>
        <translation>Eine Sekunde vor</translation>
    </message>
    <message>
        <source>Shuttle Backward</source>
        <translation>Shuttle rückwärts</translation>
    </message>
    <message>
        <source>Press again to go faster</source>
        <translation>Erneut drücken für höheres Tempo</translation>
    </message>
    <message>
        <source>Shuttle Stop</source>
        <translation>Shuttle Stopp</translation>
    </message>
    <message>
        <source>Shuttle Forward</source>
        <translation>Shuttle vorwärts</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>&amp;Detect Onsets</source>
        <translation>Onsets &amp;erkennen</translation>
    </message>
    <message>
        <source>Propose onsets from the picture (or the sound) in the background</source>
        <translation>Onsets aus dem Bild (oder dem Ton) im Hintergrund vorschlagen</translation>
    </message>
    <message>
        <source>Detect Onsets from &amp;Sound…</source>
        <translation>Onsets aus dem &amp;Ton erkennen…</translation>
    </message>
    <message>
        <source>Propose onsets from the video's own soundtrack (e.g. a scratch recording)</source>
        <translation>Onsets aus der eigenen Tonspur des Videos vorschlagen (z. B. einer Arbeitsaufnahme)</translation>
    </message>
    <message>
        <source>Apply Detector &amp;Curve to Mask</source>
        <translation>Detektor&amp;kurve als Maske übernehmen</translation>
    </message>
    <message>
        <source>Use the picture detector's per-frame probability as the temporal mask (undoable)</source>
        <translation>Die Bild-für-Bild-Wahrscheinlichkeit des Bilddetektors als zeitliche Maske verwenden (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Caption from Video…</source>
        <translation>&amp;Beschreibung aus dem Video…</translation>
    </message>
    <message>
        <source>Ask a local vision model for a foley caption of the video (or the selection)</source>
        <translation>Ein lokales Bildmodell um eine Foley-Beschreibung des Videos (oder der Auswahl) bitten</translation>
    </message>
    <message>
        <source>&amp;Model Pack…</source>
        <translation>&amp;Modellpaket…</translation>
    </message>
    <message>
        <source>Choose the folder of the model pack that generates the takes</source>
        <translation>Den Ordner des Modellpakets wählen, das die Takes erzeugt</translation>
    </message>
    <message>
        <source>&amp;Sound Libraries…</source>
        <translation>&amp;Klangbibliotheken…</translation>
    </message>
    <message>
        <source>Your own folders of recordings that takes are made of</source>
        <translation>Eigene Ordner mit Aufnahmen, aus denen Takes entstehen</translation>
    </message>
    <message>
        <source>&amp;Captioning…</source>
        <translation>&amp;Beschreibungen…</translation>
    </message>
    <message>
        <source>The vision-model server that writes captions, and Test connection</source>
        <translation>Der Bildmodell-Server, der Beschreibungen schreibt, und Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About FoleyForge</source>
        <translation>&amp;Über FoleyForge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>foley::app::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No audio output device: the video plays without sound.</source>
        <translation>Kein Audioausgabegerät: das Video läuft ohne Ton.</translation>
    </message>
    <message>
        <source>Playback: %1</source>
        <translation>Wiedergabe: %1</translation>
    </message>
    <message>
        <source>Original sound</source>
        <translation>Originalton</translation>
    </message>
    <message>
        <source>Active take</source>
        <translation>Aktiver Take</translation>
    </message>
    <message>
        <source>No spectrogram of the original: %1</source>
        <translation>Kein Spektrogramm des Originals: %1</translation>
    </message>
    <message>
        <source>No spectrogram of the take: %1</source>
        <translation>Kein Spektrogramm des Takes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n onset(s) proposed: Enter accepts the selected ones, Delete rejects them.</source>
        <translation>
            <numerusform>%n Onset vorgeschlagen: Eingabe nimmt die ausgewählten an, Entf verwirft sie.</numerusform>
            <numerusform>%n Onsets vorgeschlagen: Eingabe nimmt die ausgewählten an, Entf verwirft sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Onset detection failed</source>
        <translation>Onset-Erkennung fehlgeschlagen</translation>
    </message>
    <message>
        <source>About FoleyForge</source>
        <translation>Über FoleyForge</translation>
    </message>
    <message>
        <source>&lt;b&gt;FoleyForge %1&lt;/b&gt;&lt;br&gt;AI-assisted foley: correct captions and onsets, regenerate synchronized sound, export finished video.</source>
        <translation>&lt;b&gt;FoleyForge %1&lt;/b&gt;&lt;br&gt;KI-gestütztes Foley: Beschreibungen und Onsets korrigieren, synchronen Ton neu erzeugen, fertiges Video exportieren.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1[*] — FoleyForge</source>
        <translation>%1[*] — FoleyForge</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>FoleyForge found unsaved changes to %1 from a session that did not close normally. Recover them?</source>
        <translation>FoleyForge hat ungespeicherte Änderungen an %1 aus einer Sitzung gefunden, die nicht normal beendet wurde. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open project or video</source>
        <translation>Projekt oder Video öffnen</translation>
    </message>
    <message>
        <source>Projects and videos (*.foley *.mp4 *.mov *.mkv *.m4v *.webm *.avi);;All files (*)</source>
        <translation>Projekte und Videos (*.foley *.mp4 *.mov *.mkv *.m4v *.webm *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>FoleyForge projects (*.foley)</source>
        <translation>FoleyForge-Projekte (*.foley)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
</context>
<context>
    <name>foley::app::OnsetDetectionController</name>
    <message>
        <source>Detecting onsets… %p%</source>
        <translation>Onsets werden erkannt… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open a video first.</source>
        <translation>Bitte zuerst ein Video öffnen.</translation>
    </message>
</context>
<context>
    <name>OnsetKeyMap</name>
    <message>
        <source>; or Ctrl+M</source>
        <translation>; oder Strg+M</translation>
    </message>
    <message>
        <source>Add an onset at the playhead (also while playing)</source>
        <translation>Onset an der Abspielposition setzen (auch beim Abspielen)</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Add an onset there; its height is its strength</source>
        <translation>Dort einen Onset hinzufügen; seine Höhe ist seine Stärke</translation>
    </message>
    <message>
        <source>Click, Ctrl+click, Shift+click</source>
        <translation>Klick, Strg+Klick, Umschalt+Klick</translation>
    </message>
    <message>
        <source>Select, toggle, extend the selection</source>
        <translation>Auswählen, Auswahl umschalten, Auswahl erweitern</translation>
    </message>
    <message>
        <source>Drag on empty space</source>
        <translation>Ziehen auf freier Fläche</translation>
    </message>
    <message>
        <source>Rubber-band selection</source>
        <translation>Gummiband-Auswahl</translation>
    </message>
    <message>
        <source>Drag a marker</source>
        <translation>Marker ziehen</translation>
    </message>
    <message>
        <source>Move the selection (snaps to video frames / detected peaks)</source>
        <translation>Auswahl verschieben (rastet an Videobildern / erkannten Spitzen ein)</translation>
    </message>
    <message>
        <source>Alt+drag, wheel over a marker</source>
        <translation>Alt+Ziehen, Mausrad über einem Marker</translation>
    </message>
    <message>
        <source>Change strength</source>
        <translation>Stärke ändern</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Links / Alt+Rechts</translation>
    </message>
    <message>
        <source>Nudge the selection by one video frame</source>
        <translation>Auswahl um ein Videobild verschieben</translation>
    </message>
    <message>
        <source>PgUp / PgDn</source>
        <translation>Bild↑ / Bild↓</translation>
    </message>
    <message>
        <source>Go to the previous / next onset</source>
        <translation>Zum vorherigen / nächsten Onset</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <translation>Entf, Rücktaste</translation>
    </message>
    <message>
        <source>Remove the selected onsets, reject selected proposals</source>
        <translation>Ausgewählte Onsets entfernen, ausgewählte Vorschläge verwerfen</translation>
    </message>
    <message>
        <source>Enter, double-click a proposal</source>
        <translation>Eingabe, Doppelklick auf einen Vorschlag</translation>
    </message>
    <message>
        <source>Accept detector proposals</source>
        <translation>Detektor-Vorschläge annehmen</translation>
    </message>
    <message>
        <source>F2, double-click a marker</source>
        <translation>F2, Doppelklick auf einen Marker</translation>
    </message>
    <message>
        <source>Edit the label</source>
        <translation>Label bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Strg+A</translation>
    </message>
    <message>
        <source>Select all onsets</source>
        <translation>Alle Onsets auswählen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel a drag, else clear the selection</source>
        <translation>Ziehen abbrechen, sonst Auswahl aufheben</translation>
    </message>
    <message>
        <source>Wheel / Ctrl+wheel</source>
        <translation>Mausrad / Strg+Mausrad</translation>
    </message>
    <message>
        <source>Scroll / zoom the timeline</source>
        <translation>Zeitleiste scrollen / zoomen</translation>
    </message>
</context>
<context>
    <name>foley::widgets::OnsetLabelEditor</name>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>foley::widgets::OnsetTableModel</name>
    <message>
        <source>chosen by each take</source>
        <translation>wählt jeder Take</translation>
    </message>
    <message>
        <source>detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Type seconds (1.25) or m:ss.mmm</source>
        <translation>Sekunden (1.25) oder m:ss.mmm eingeben</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
</context>
<context>
    <name>foley::widgets::OnsetTableView</name>
    <message>
        <source>Type to edit · F2 edits · Delete removes · click a row to go there</source>
        <translation>Tippen zum Bearbeiten · F2 bearbeitet · Entf entfernt · Klick auf eine Zeile springt dorthin</translation>
    </message>
</context>
<context>
    <name>foley::widgets::OnsetTrackEditor</name>
    <message>
        <source>No onsets yet — press ; to tap one at the playhead, or double-click</source>
        <translation>Noch keine Onsets — ; drücken, um einen an der Abspielposition zu setzen, oder doppelklicken</translation>
    </message>
    <message>
        <source>%1 · strength %2</source>
        <translation>%1 · Stärke %2</translation>
    </message>
    <message>
        <source> · detector proposal: Enter accepts, Delete rejects</source>
        <translation> · Detektor-Vorschlag: Eingabe nimmt an, Entf verwirft</translation>
    </message>
    <message>
        <source> · from the detector</source>
        <translation> · vom Detektor</translation>
    </message>
    <message>
        <source>Add onset here</source>
        <translation>Onset hier hinzufügen</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Edit label…</source>
        <translation>Label bearbeiten…</translation>
    </message>
    <message>
        <source>Accept selected proposals</source>
        <translation>Ausgewählte Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Reject all proposals</source>
        <translation>Alle Vorschläge verwerfen</translation>
    </message>
    <message>
        <source>Snap to video frames</source>
        <translation>An Videobildern einrasten</translation>
    </message>
    <message>
        <source>Snap to detected peaks</source>
        <translation>An erkannten Spitzen einrasten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export MP4</source>
        <translation>MP4 exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <source>Mix in the video's original sound</source>
        <translation>Originalton des Videos beimischen</translation>
    </message>
    <message>
        <source>Original gain:</source>
        <translation>Pegel Original:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.mov *.mkv *.m4v)</source>
        <translation>Video (*.mp4 *.mov *.mkv *.m4v)</translation>
    </message>
    <message>
        <source>Open a video first.</source>
        <translation>Bitte zuerst ein Video öffnen.</translation>
    </message>
    <message>
        <source>There is no take to export yet: generate one, then choose it in Takes.</source>
        <translation>Es gibt noch keinen Take zum Exportieren: erzeugen Sie einen und wählen Sie ihn unter Takes.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import onsets</source>
        <translation>Onsets importieren</translation>
    </message>
    <message>
        <source>Cannot import onsets</source>
        <translation>Onsets können nicht importiert werden</translation>
    </message>
    <message>
        <source>Export onsets</source>
        <translation>Onsets exportieren</translation>
    </message>
    <message>
        <source>Cannot export onsets</source>
        <translation>Onsets können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Import caption</source>
        <translation>Beschreibung importieren</translation>
    </message>
    <message>
        <source>Captions (*.json *.txt);;All files (*)</source>
        <translation>Beschreibungen (*.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import caption</source>
        <translation>Beschreibung kann nicht importiert werden</translation>
    </message>
    <message>
        <source>No sound library yet: add a folder in Settings → Sound Libraries…</source>
        <translation>Noch keine Klangbibliothek: Ordner unter Einstellungen → Klangbibliotheken… hinzufügen</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1: cancelled (what was indexed is kept)</source>
        <translation>%1: abgebrochen (Eingelesenes bleibt erhalten)</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 new or changed, %4 removed, %5 unreadable</source>
        <translation>%1: %2 Dateien, %3 neu oder geändert, %4 entfernt, %5 unlesbar</translation>
    </message>
    <message>
        <source>%1: offline (the folder is not there)</source>
        <translation>%1: nicht verfügbar (der Ordner fehlt)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Broadcast (EBU R128, -23 LUFS)</source>
        <translation>Rundfunk (EBU R128, -23 LUFS)</translation>
    </message>
    <message>
        <source>Web (-16 LUFS)</source>
        <translation>Web (-16 LUFS)</translation>
    </message>
    <message>
        <source>Streaming (-14 LUFS)</source>
        <translation>Streaming (-14 LUFS)</translation>
    </message>
    <message>
        <source> dBTP</source>
        <translation> dBTP</translation>
    </message>
    <message>
        <source>Loudness:</source>
        <translation>Lautheit:</translation>
    </message>
    <message>
        <source>True-peak ceiling:</source>
        <translation>True-Peak-Grenze:</translation>
    </message>
    <message>
        <source>Also write stems (take, original, mix) as Broadcast WAV</source>
        <translation>Auch Stems (Take, Original, Mischung) als Broadcast-WAV schreiben</translation>
    </message>
    <message>
        <source>Stems folder:</source>
        <translation>Stem-Ordner:</translation>
    </message>
    <message>
        <source>Stems folder</source>
        <translation>Stem-Ordner</translation>
    </message>
    <message>
        <source>Marker files (*.csv *.txt *.vtt *.srt *.wav);;CSV or REAPER markers (*.csv);;Audacity labels (*.txt);;WebVTT (*.vtt);;SubRip (*.srt);;WAV cue points (*.wav)</source>
        <translation>Marker-Dateien (*.csv *.txt *.vtt *.srt *.wav);;CSV- oder REAPER-Marker (*.csv);;Audacity-Labels (*.txt);;WebVTT (*.vtt);;SubRip (*.srt);;WAV-Cue-Punkte (*.wav)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audacity labels (*.txt)</source>
        <translation>Audacity-Labels (*.txt)</translation>
    </message>
    <message>
        <source>REAPER markers (*.csv)</source>
        <translation>REAPER-Marker (*.csv)</translation>
    </message>
    <message>
        <source>WebVTT subtitles (*.vtt)</source>
        <translation>WebVTT-Untertitel (*.vtt)</translation>
    </message>
    <message>
        <source>SubRip subtitles (*.srt)</source>
        <translation>SubRip-Untertitel (*.srt)</translation>
    </message>
</context>
<context>
    <name>foley::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shift+drag on the ruler</source>
        <translation>Umschalt+Ziehen auf dem Lineal</translation>
    </message>
    <message>
        <source>Select a time range</source>
        <translation>Einen Zeitbereich auswählen</translation>
    </message>
    <message>
        <source>1 / 2 / 3 / 4</source>
        <translation>1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <source>Edit tool: select, mask pencil, mask eraser, mask range</source>
        <translation>Werkzeug: Auswählen, Masken-Stift, Masken-Radierer, Masken-Bereich</translation>
    </message>
</context>
<context>
    <name>foley::app::SoundLibrariesDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sound Libraries</source>
        <translation>Klangbibliotheken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Aufnahmen</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Folder of recordings to add (searched with its sub-folders)</source>
        <translation>Ordner mit Aufnahmen (samt Unterordnern)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder of recordings</source>
        <translation>Ordner mit Aufnahmen</translation>
    </message>
    <message>
        <source>online</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>noch nicht eingelesen</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>'%1' is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 removed from the index; its files are untouched.</source>
        <translation>%1 aus dem Index entfernt; die Dateien bleiben unberührt.</translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <translation>Lese %1 ein…</translation>
    </message>
</context>
<context>
    <name>foley::app::SoundOnsetSettingsDialog</name>
    <message>
        <source>Detect Onsets from Sound</source>
        <translation>Onsets aus dem Ton erkennen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off (every attack)</source>
        <translation>Aus (jeder Anschlag)</translation>
    </message>
    <message>
        <source>A quieter hit within this time after a louder one is heard as part of it, unless it reaches 70 % of the louder one's strength. 0 counts every attack.</source>
        <translation>Ein leiserer Schlag innerhalb dieser Zeit nach einem lauteren gilt als Teil davon, außer er erreicht 70 % von dessen Stärke. 0 zählt jeden Anschlag.</translation>
    </message>
    <message>
        <source>Onsets are proposed from the video's own soundtrack. Raise the masking span for ringing or grainy sounds; lower it for fast rolls and flams.</source>
        <translation>Onsets werden aus der eigenen Tonspur des Videos vorgeschlagen. Eine längere Maskierungsdauer hilft bei klingenden oder körnigen Klängen, eine kürzere bei schnellen Wirbeln und Flams.</translation>
    </message>
    <message>
        <source>&amp;Masking span:</source>
        <translation>&amp;Maskierungsdauer:</translation>
    </message>
</context>
<context>
    <name>foley::widgets::SpectrogramView</name>
    <message>
        <source>Computing spectrogram… %p%</source>
        <translation>Spektrogramm wird berechnet… %p%</translation>
    </message>
    <message>
        <source>%1 · linear frequency</source>
        <translation>%1 · lineare Frequenz</translation>
    </message>
</context>
<context>
    <name>foley::widgets::TakeTableModel</name>
    <message>
        <source>neural · %1 kHz</source>
        <translation>neuronal · %1 kHz</translation>
    </message>
    <message>
        <source>%1 events, %2 recordings · %3 kHz</source>
        <translation>%1 Ereignisse, %2 Aufnahmen · %3 kHz</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 s: %2, %3 st, %4 dB</source>
        <translation>%1 s: %2, %3 HT, %4 dB</translation>
    </message>
    <message>
        <source>%1–%2 s: %3 (%4)</source>
        <translation>%1–%2 s: %3 (%4)</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>Atmo</translation>
    </message>
    <message>
        <source>texture</source>
        <translation>Textur</translation>
    </message>
    <message>
        <source>Negative: %1</source>
        <translation>Negativ: %1</translation>
    </message>
    <message>
        <source>%1 onsets requested · model %2 %3</source>
        <translation>%1 Onsets angefordert · Modell %2 %3</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Onset F1</source>
        <translation>Onset-F1</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
</context>
<context>
    <name>foley::widgets::TakesListView</name>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Make the selected take the active one: heard, and exported (double-click, Enter)</source>
        <translation>Den ausgewählten Take zum aktiven machen: er wird abgehört und exportiert (Doppelklick, Eingabe)</translation>
    </message>
    <message>
        <source>A/B</source>
        <translation>A/B</translation>
    </message>
    <message>
        <source>Compare: play the selected take instead of the active one while this is on</source>
        <translation>Vergleichen: solange aktiviert, wird der ausgewählte Take statt des aktiven abgespielt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the selected takes from the list (undoable; the audio files stay on disk)</source>
        <translation>Die ausgewählten Takes aus der Liste entfernen (rückgängig machbar; die Audiodateien bleiben auf der Festplatte)</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Takes</translation>
    </message>
</context>
<context>
    <name>foley::widgets::TimeRuler</name>
    <message>
        <source>Click or drag to seek · Shift+drag to select · Ctrl+wheel to zoom</source>
        <translation>Klicken oder ziehen zum Springen · Umschalt+Ziehen wählt aus · Strg+Mausrad zoomt</translation>
    </message>
</context>
<context>
    <name>foley::widgets::TransportBar</name>
    <message>
        <source>Level of the original sound while monitoring (%)</source>
        <translation>Pegel des Originaltons beim Abhören (%)</translation>
    </message>
    <message>
        <source>Level of the take while monitoring (%)</source>
        <translation>Pegel des Takes beim Abhören (%)</translation>
    </message>
    <message>
        <source>Go to start (Home)</source>
        <translation>Zum Anfang (Pos1)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <source>Go to end (End)</source>
        <translation>Zum Ende (Ende)</translation>
    </message>
    <message>
        <source>Listen to:</source>
        <translation>Hören:</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Active take</source>
        <translation>Aktiver Take</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mischung</translation>
    </message>
    <message>
        <source>What plays with the video: its original sound, the active take, or both</source>
        <translation>Was zum Video erklingt: sein Originalton, der aktive Take oder beides</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>%1  frame %2</source>
        <translation>%1  Bild %2</translation>
    </message>
</context>
<context>
    <name>foley::app</name>
    <message>
        <source>%1 LUFS integrated, %2 LU range, %3 dBTP true peak</source>
        <translation>%1 LUFS integriert, %2 LU Lautheitsbereich, %3 dBTP True Peak</translation>
    </message>
    <message>
        <source>Wrote %1: video copied (%2 s), audio AAC 48 kHz stereo (%3 s).</source>
        <translation>%1 geschrieben: Video kopiert (%2 s), Audio AAC 48 kHz stereo (%3 s).</translation>
    </message>
    <message>
        <source>Loudness before: %1.</source>
        <translation>Lautheit vorher: %1.</translation>
    </message>
    <message>
        <source>Loudness after: %1 (gain %2 dB).</source>
        <translation>Lautheit nachher: %1 (Verstärkung %2 dB).</translation>
    </message>
    <message>
        <source>Peaks were limited for %1 s (at most %2 dB) to stay under the true-peak ceiling.</source>
        <translation>Spitzen wurden %1 s lang begrenzt (höchstens %2 dB), um unter der True-Peak-Grenze zu bleiben.</translation>
    </message>
    <message>
        <source>No limiting was needed.</source>
        <translation>Keine Begrenzung nötig.</translation>
    </message>
    <message>
        <source>Stem: %1</source>
        <translation>Stem: %1</translation>
    </message>
    <message>
        <source>The video has no sound of its own: the original stem is silence.</source>
        <translation>Das Video hat keinen eigenen Ton: Der Original-Stem ist Stille.</translation>
    </message>
</context>
<context>
    <name>foley::app::MainWindow</name>
    <message>
        <source>Spectrogram &amp;Colours</source>
        <translation>Spektrogramm-&amp;Farben</translation>
    </message>
    <message>
        <source>Magma</source>
        <translation>Magma</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Thermal</source>
        <translation>Thermisch</translation>
    </message>
    <message>
        <source>Spectrogram &amp;Range</source>
        <translation>Spektrogramm-&amp;Dynamikbereich</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>&amp;Linear Frequency Spectrogram</source>
        <translation>&amp;Lineares Frequenz-Spektrogramm</translation>
    </message>
    <message>
        <source>Show equal-width frequency bands instead of the mel bands the model uses</source>
        <translation>Gleich breite Frequenzbänder statt der Mel-Bänder des Modells zeigen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FoleyForge: AI-assisted foley editor</source>
        <translation>FoleyForge: KI-gestützter Foley-Editor</translation>
    </message>
    <message>
        <source>A .foley project or a video to open.</source>
        <translation>Ein zu öffnendes .foley-Projekt oder Video.</translation>
    </message>
    <message>
        <source>Save a PNG of the window and quit.</source>
        <translation>Ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Millisekunden Wartezeit vor dem Bildschirmfoto.</translation>
    </message>
</context>
</TS>
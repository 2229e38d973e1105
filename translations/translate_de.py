#!/usr/bin/env python3
"""Fills German translations into foleyforge_de.ts for the strings listed here (run after lupdate).

Usage: /usr/lib/qt6/bin/lupdate -no-obsolete -locations none widgets app/gui app/services/captioning app/services/ExportJob.cpp \
           -ts translations/foleyforge_de.ts
       python3 translations/translate_de.py
Strings not listed stay unfinished and show in English. Numerus messages take a (singular, plural) tuple.
"""
import pathlib
import re
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("widgets", "app/gui", "app/services/captioning")

GERMAN = {
    "&File": "&Datei", "&Edit": "&Bearbeiten", "&View": "&Ansicht", "&Playback": "&Wiedergabe",
    "&Analyze": "A&nalyse", "&Help": "&Hilfe", "&New": "&Neu", "&Open…": "Ö&ffnen…", "&Save": "&Speichern",
    "Save &As…": "Speichern &unter…", "&Export MP4…": "MP4 &exportieren…", "&Import Onsets…": "Onsets &importieren…",
    "E&xport Onsets…": "Onsets e&xportieren…", "&Quit": "&Beenden", "Open &Recent": "&Zuletzt geöffnet",
    "&Undo": "&Rückgängig", "&Redo": "&Wiederherstellen", "&Play / Pause": "&Abspielen / Pause",
    "Previous &Frame": "Vorheriges &Bild", "&Next Frame": "&Nächstes Bild", "Back One Second": "Eine Sekunde zurück",
    "Forward One Second": "Eine Sekunde vor", "Shuttle Backward": "Shuttle rückwärts", "Shuttle Stop": "Shuttle Stopp",
    "Shuttle Forward": "Shuttle vorwärts", "Press again to go faster": "Erneut drücken für höheres Tempo",
    "Go to &Start": "Zum &Anfang", "Go to &End": "Zum &Ende", "Zoom &In": "&Vergrößern", "Zoom &Out": "Ver&kleinern",
    "Zoom to &Fit": "&Einpassen", "&Detect Onsets": "Onsets &erkennen",
    "Detect Onsets from &Sound…": "Onsets aus dem &Ton erkennen…",
    "Detect Onsets from Sound": "Onsets aus dem Ton erkennen", " s": " s", "Off (every attack)": "Aus (jeder Anschlag)",
    "&Masking span:": "&Maskierungsdauer:",
    "A quieter hit within this time after a louder one is heard as part of it, unless it reaches 70 % of the louder "
    "one's strength. 0 counts every attack.":
        "Ein leiserer Schlag innerhalb dieser Zeit nach einem lauteren gilt als Teil davon, außer er erreicht 70 % "
        "von dessen Stärke. 0 zählt jeden Anschlag.",
    "Onsets are proposed from the video's own soundtrack. Raise the masking span for ringing or grainy sounds; lower "
    "it for fast rolls and flams.":
        "Onsets werden aus der eigenen Tonspur des Videos vorgeschlagen. Eine längere Maskierungsdauer hilft bei "
        "klingenden oder körnigen Klängen, eine kürzere bei schnellen Wirbeln und Flams.",
    "Apply Detector &Curve to Mask": "Detektor&kurve als Maske übernehmen",
    "&Keyboard Shortcuts": "&Tastenkürzel", "&About FoleyForge": "&Über FoleyForge", "About FoleyForge": "Über FoleyForge",
    "Open a project or a video": "Ein Projekt oder ein Video öffnen",
    "CSV (time,strength,label) or Audacity labels": "CSV (Zeit,Stärke,Label) oder Audacity-Labels",
    "CSV or Audacity labels": "CSV oder Audacity-Labels",
    "Write the video with the active take as its sound (video stream copied)":
        "Das Video mit dem aktiven Take als Ton schreiben (Videostream kopiert)",
    "Caption": "Beschreibung", "Generate": "Erzeugen", "Takes": "Takes", "Onsets": "Onsets", "History": "Verlauf",
    "Edit tools": "Werkzeuge", "Snap to frames": "An Bildern einrasten", "Snap to detected peaks": "An erkannten Spitzen einrasten",
    "Snap to video frames": "An Videobildern einrasten", "Select": "Auswählen", "Mask pencil": "Masken-Stift",
    "Mask eraser": "Masken-Radierer", "Mask range": "Masken-Bereich", "Whole clip": "Ganzer Clip",
    "Selected region": "Ausgewählter Bereich", "Cancel": "Abbrechen", "Default model": "Standardmodell",
    "Model": "Modell", "Steps": "Schritte", "Guidance": "Führung", "Seed": "Seed", "Lock": "Sperren",
    "New seed": "Neuer Seed", "Semantic strength": "Semantische Stärke", "Temporal strength": "Zeitliche Stärke",
    "Original sound": "Originalton", "Active take": "Aktiver Take", "Original": "Original", "Mix": "Mischung",
    "Listen to:": "Hören:", "Negative prompt": "Negativ-Prompt", "Quality tag": "Qualitätsangabe",
    "Timed captions": "Zeitliche Beschreibungen", "Import…": "Importieren…", "Add": "Hinzufügen", "Remove": "Entfernen",
    "Start": "Anfang", "End": "Ende", "Time": "Zeit", "Strength": "Stärke", "Label": "Label", "Origin": "Herkunft",
    "detector": "Detektor", "manual": "manuell", "User": "Benutzer", "Detector": "Detektor", "MLLM": "MLLM",
    "Take": "Take", "Created": "Erstellt", "Onset F1": "Onset-F1", "Use": "Verwenden", "Delete": "Löschen",
    "Export MP4": "MP4 exportieren", "Browse…": "Durchsuchen…", "Write to:": "Schreiben nach:",
    "Mix in the video's original sound": "Originalton des Videos beimischen", "Original gain:": "Pegel Original:",
    "Export": "Exportieren", "Export to": "Exportieren nach", "Export failed": "Export fehlgeschlagen",
    "Open a video first.": "Bitte zuerst ein Video öffnen.", "Exporting %1…": "%1 wird exportiert…",
    "Wrote %1 (video copied, %2 s of AAC audio).": "%1 geschrieben (Video kopiert, %2 s AAC-Ton).",
    "There is no take to export yet: generate one, then choose it in Takes.":
        "Es gibt noch keinen Take zum Exportieren: erzeugen Sie einen und wählen Sie ihn unter Takes.",
    "Import onsets": "Onsets importieren", "Export onsets": "Onsets exportieren",
    "Cannot import onsets": "Onsets können nicht importiert werden",
    "Cannot export onsets": "Onsets können nicht exportiert werden",
    "Keyboard Shortcuts": "Tastenkürzel", "Keys": "Tasten", "Command": "Befehl",
    "Computing spectrogram… %p%": "Spektrogramm wird berechnet… %p%", "Detecting onsets… %p%": "Onsets werden erkannt… %p%",
    "Onset detection failed": "Onset-Erkennung fehlgeschlagen", "Recover unsaved work?": "Ungespeicherte Arbeit wiederherstellen?",
    "Cannot open": "Öffnen nicht möglich", "Cannot save": "Speichern nicht möglich", "Opened %1": "%1 geöffnet",
    "Saved %1": "%1 gespeichert", "Unsaved changes": "Ungespeicherte Änderungen", "Save the changes to %1?": "Änderungen an %1 speichern?",
    "Open project or video": "Projekt oder Video öffnen", "Save project": "Projekt speichern",
    "FoleyForge projects (*.foley)": "FoleyForge-Projekte (*.foley)", "Autosave failed: %1": "Automatisches Speichern fehlgeschlagen: %1",
    "No audio output device: the video plays without sound.": "Kein Audioausgabegerät: das Video läuft ohne Ton.",
    "Playback: %1": "Wiedergabe: %1", "%1[*] — FoleyForge": "%1[*] — FoleyForge",
    "No spectrogram of the original: %1": "Kein Spektrogramm des Originals: %1",
    "No spectrogram of the take: %1": "Kein Spektrogramm des Takes: %1",
    "Go to start (Home)": "Zum Anfang (Pos1)", "Previous frame (Left)": "Vorheriges Bild (Links)",
    "Play / pause (Space)": "Abspielen / Pause (Leertaste)", "Next frame (Right)": "Nächstes Bild (Rechts)",
    "Go to end (End)": "Zum Ende (Ende)", "%1  frame %2": "%1  Bild %2",
    "Shift+drag on the ruler": "Umschalt+Ziehen auf dem Lineal", "Select a time range": "Einen Zeitbereich auswählen",
    "Add onset here": "Onset hier hinzufügen", "Delete selected": "Auswahl löschen", "Edit label…": "Label bearbeiten…",
    "Accept selected proposals": "Ausgewählte Vorschläge annehmen", "Accept all proposals": "Alle Vorschläge annehmen",
    "Reject all proposals": "Alle Vorschläge verwerfen", "Scroll / zoom the timeline": "Zeitleiste scrollen / zoomen",
    "Nudge the selection by one video frame": "Auswahl um ein Videobild verschieben",
    "Go to the previous / next onset": "Zum vorherigen / nächsten Onset", "Change strength": "Stärke ändern",
    "Edit the label": "Label bearbeiten", "Select all onsets": "Alle Onsets auswählen",
    "Accept detector proposals": "Detektor-Vorschläge annehmen", "Rubber-band selection": "Gummiband-Auswahl",
    "Add an onset at the playhead (also while playing)": "Onset an der Abspielposition setzen (auch beim Abspielen)",
    "No model pack is installed yet: FoleyForge cannot generate audio in this build.":
        "Noch kein Modellpaket installiert: Diese Version von FoleyForge kann keinen Ton erzeugen.",
    "The model is not available.": "Das Modell ist nicht verfügbar.",
    "No generation engine is loaded yet.": "Es ist noch keine Erzeugungs-Engine geladen.",
    "Click or drag to seek · Shift+drag to select · Ctrl+wheel to zoom":
        "Klicken oder ziehen zum Springen · Umschalt+Ziehen wählt aus · Strg+Mausrad zoomt",
    "What plays with the video: its original sound, the active take, or both":
        "Was zum Video erklingt: sein Originalton, der aktive Take oder beides",
    # Generate button, model pack, mix gains, linear spectrogram
    "&Settings": "&Einstellungen", "&Model Pack…": "&Modellpaket…",
    "Choose the folder of the model pack that generates the takes": "Den Ordner des Modellpakets wählen, das die Takes erzeugt",
    "Loading the model pack…": "Modellpaket wird geladen…",
    "Choose a model pack folder (it holds model.json)": "Ordner eines Modellpakets wählen (er enthält model.json)",
    "Model pack %1 %2 loaded.": "Modellpaket %1 %2 geladen.",
    "Generation is not available: %1. Choose a model pack in Settings → Model Pack…":
        "Erzeugen ist nicht möglich: %1. Wählen Sie ein Modellpaket unter Einstellungen → Modellpaket…",
    "Open a video first: the take is generated for its picture and length.":
        "Öffnen Sie zuerst ein Video: der Take wird für sein Bild und seine Länge erzeugt.",
    "Step %1 of %2": "Schritt %1 von %2", "Cancelling…": "Wird abgebrochen…",
    "New take generated in %1 s (seed %2).": "Neuer Take in %1 s erzeugt (Seed %2).",
    "New take generated in %1 s (seed %2); %3.": "Neuer Take in %1 s erzeugt (Seed %2); %3.",
    "Generation cancelled.": "Erzeugen abgebrochen.", "Generation failed: %1": "Erzeugen fehlgeschlagen: %1",
    "Level of the original sound while monitoring (%)": "Pegel des Originaltons beim Abhören (%)",
    "Level of the take while monitoring (%)": "Pegel des Takes beim Abhören (%)",
    "&Linear Frequency Spectrogram": "&Lineares Frequenz-Spektrogramm",
    "%1 · linear frequency": "%1 · lineare Frequenz",
    "Show equal-width frequency bands instead of the mel bands the model uses":
        "Gleich breite Frequenzbänder statt der Mel-Bänder des Modells zeigen",
    # Captions, generation tooltips, onset key map, takes, spectrogram menus, command line
    "Describe the sound, e.g. \"footsteps on gravel, then a wooden door slams\"":
        "Beschreiben Sie den Klang, z. B. „Schritte auf Kies, dann knallt eine Holztür zu“",
    "The global caption. Ctrl+Enter or leaving the box applies it.":
        "Die globale Beschreibung. Strg+Eingabe oder Verlassen des Feldes übernimmt sie.",
    "What to avoid, e.g. \"music, speech, hum\"": "Was vermieden werden soll, z. B. „Musik, Sprache, Brummen“",
    "Appended to the caption when generating": "Wird beim Erzeugen an die Beschreibung angehängt",
    "Import a caption from a JSON sidecar ({\"video\": …, \"description\": …}) or a text file":
        "Eine Beschreibung aus einer JSON-Begleitdatei ({\"video\": …, \"description\": …}) oder einer Textdatei importieren",
    "Add a caption for the selected time range (or two seconds from the playhead)":
        "Eine Beschreibung für den ausgewählten Zeitbereich hinzufügen (oder für zwei Sekunden ab der Abspielposition)",
    "Remove the selected timed captions (Delete)": "Die ausgewählten zeitlichen Beschreibungen entfernen (Entf)",
    "Written by a multimodal language model from the video; edit it to make it yours":
        "Von einem multimodalen Sprachmodell aus dem Video geschrieben; bearbeiten Sie sie, um sie zu Ihrer eigenen zu machen",
    "Proposed by the sound-event detector; edit it to make it yours":
        "Vom Klangereignis-Detektor vorgeschlagen; bearbeiten Sie sie, um sie zu Ihrer eigenen zu machen",
    "Written or edited by you": "Von Ihnen geschrieben oder bearbeitet",
    "Timed captions · double-click to add or edit · drag to move, drag an edge to resize · Delete":
        "Zeitliche Beschreibungen · Doppelklick zum Hinzufügen oder Bearbeiten · Ziehen zum Verschieben, "
        "Kante ziehen zum Ändern der Länge · Entf",
    "(no text)": "(kein Text)", "<opened>": "<geöffnet>", "%1 %2": "%1 %2", "%1 – %2": "%1 – %2",
    "Sampler steps: more is slower and usually cleaner": "Sampler-Schritte: mehr ist langsamer und meist sauberer",
    "Classifier-free guidance: how strongly the caption and video steer the sound (1 = off)":
        "Classifier-free Guidance: wie stark Beschreibung und Video den Klang lenken (1 = aus)",
    "Weight of the caption/video condition": "Gewichtung der Beschreibungs-/Video-Bedingung",
    "Weight of the onset/mask timing condition (0 ignores your timing)":
        "Gewichtung der Onset-/Masken-Timing-Bedingung (0 ignoriert Ihr Timing)",
    "The random seed: the same seed and settings give the same sound":
        "Der Zufalls-Seed: gleicher Seed und gleiche Einstellungen ergeben denselben Klang",
    "Locked: every generation uses this seed. Unlocked: a new seed each time (kept in the take)":
        "Gesperrt: jede Erzeugung verwendet diesen Seed. Entsperrt: jedes Mal ein neuer Seed (wird im Take gespeichert)",
    "Draw a new random seed": "Einen neuen Zufalls-Seed ziehen", "Starting…": "Wird gestartet…",
    "(select a range on the timeline)": "(Bereich auf der Zeitleiste auswählen)",
    "Select a time range on the timeline to regenerate only that part.":
        "Wählen Sie einen Zeitbereich auf der Zeitleiste, um nur diesen Teil neu zu erzeugen.",
    "Generate a new take (it is added to the takes list)": "Einen neuen Take erzeugen (er wird der Take-Liste hinzugefügt)",
    "How far to move away from the sound library's recordings placed at your onsets (0 = keep them, 1 = generate from noise)":
        "Wie weit sich der Klang von den Aufnahmen der Geräuschbibliothek an Ihren Onsets entfernt "
        "(0 = beibehalten, 1 = aus Rauschen erzeugen)",
    "Variation": "Variation",
    "Propose onsets from the picture (or the sound) in the background":
        "Onsets aus dem Bild (oder dem Ton) im Hintergrund vorschlagen",
    "Propose onsets from the video's own soundtrack (e.g. a scratch recording)":
        "Onsets aus der eigenen Tonspur des Videos vorschlagen (z. B. einer Arbeitsaufnahme)",
    "Use the picture detector's per-frame probability as the temporal mask (undoable)":
        "Die Bild-für-Bild-Wahrscheinlichkeit des Bilddetektors als zeitliche Maske verwenden (rückgängig machbar)",
    "<b>FoleyForge %1</b><br>AI-assisted foley: correct captions and onsets, regenerate synchronized sound, export finished video.":
        "<b>FoleyForge %1</b><br>KI-gestütztes Foley: Beschreibungen und Onsets korrigieren, synchronen Ton neu erzeugen, "
        "fertiges Video exportieren.",
    "FoleyForge found unsaved changes to %1 from a session that did not close normally. Recover them?":
        "FoleyForge hat ungespeicherte Änderungen an %1 aus einer Sitzung gefunden, die nicht normal beendet wurde. "
        "Wiederherstellen?",
    "Projects and videos (*.foley *.mp4 *.mov *.mkv *.m4v *.webm *.avi);;All files (*)":
        "Projekte und Videos (*.foley *.mp4 *.mov *.mkv *.m4v *.webm *.avi);;Alle Dateien (*)",
    "; or Ctrl+M": "; oder Strg+M", "Double-click": "Doppelklick",
    "Add an onset there; its height is its strength": "Dort einen Onset hinzufügen; seine Höhe ist seine Stärke",
    "Click, Ctrl+click, Shift+click": "Klick, Strg+Klick, Umschalt+Klick",
    "Select, toggle, extend the selection": "Auswählen, Auswahl umschalten, Auswahl erweitern",
    "Drag on empty space": "Ziehen auf freier Fläche", "Drag a marker": "Marker ziehen",
    "Move the selection (snaps to video frames / detected peaks)":
        "Auswahl verschieben (rastet an Videobildern / erkannten Spitzen ein)",
    "Alt+drag, wheel over a marker": "Alt+Ziehen, Mausrad über einem Marker",
    "Alt+Left / Alt+Right": "Alt+Links / Alt+Rechts", "PgUp / PgDn": "Bild↑ / Bild↓",
    "Delete, Backspace": "Entf, Rücktaste",
    "Remove the selected onsets, reject selected proposals": "Ausgewählte Onsets entfernen, ausgewählte Vorschläge verwerfen",
    "Enter, double-click a proposal": "Eingabe, Doppelklick auf einen Vorschlag",
    "F2, double-click a marker": "F2, Doppelklick auf einen Marker", "Ctrl+A": "Strg+A", "Escape": "Esc",
    "Cancel a drag, else clear the selection": "Ziehen abbrechen, sonst Auswahl aufheben",
    "Wheel / Ctrl+wheel": "Mausrad / Strg+Mausrad", "label": "Label",
    "Type seconds (1.25) or m:ss.mmm": "Sekunden (1.25) oder m:ss.mmm eingeben",
    "Type to edit · F2 edits · Delete removes · click a row to go there":
        "Tippen zum Bearbeiten · F2 bearbeitet · Entf entfernt · Klick auf eine Zeile springt dorthin",
    "No onsets yet — press ; to tap one at the playhead, or double-click":
        "Noch keine Onsets — ; drücken, um einen an der Abspielposition zu setzen, oder doppelklicken",
    "%1 · strength %2": "%1 · Stärke %2",
    " · detector proposal: Enter accepts, Delete rejects": " · Detektor-Vorschlag: Eingabe nimmt an, Entf verwirft",
    " · from the detector": " · vom Detektor",
    "Video (*.mp4 *.mov *.mkv *.m4v)": "Video (*.mp4 *.mov *.mkv *.m4v)",
    "Onset files (*.csv *.txt);;CSV (*.csv);;Audacity labels (*.txt)":
        "Onset-Dateien (*.csv *.txt);;CSV (*.csv);;Audacity-Labels (*.txt)",
    "Import caption": "Beschreibung importieren", "Cannot import caption": "Beschreibung kann nicht importiert werden",
    "Captions (*.json *.txt);;All files (*)": "Beschreibungen (*.json *.txt);;Alle Dateien (*)",
    "1 / 2 / 3 / 4": "1 / 2 / 3 / 4",
    "Edit tool: select, mask pencil, mask eraser, mask range":
        "Werkzeug: Auswählen, Masken-Stift, Masken-Radierer, Masken-Bereich",
    "Negative: %1": "Negativ: %1", "%1 onsets requested · model %2 %3": "%1 Onsets angefordert · Modell %2 %3",
    "CFG": "CFG", "A/B": "A/B",
    "Make the selected take the active one: heard, and exported (double-click, Enter)":
        "Den ausgewählten Take zum aktiven machen: er wird abgehört und exportiert (Doppelklick, Eingabe)",
    "Compare: play the selected take instead of the active one while this is on":
        "Vergleichen: solange aktiviert, wird der ausgewählte Take statt des aktiven abgespielt",
    "Remove the selected takes from the list (undoable; the audio files stay on disk)":
        "Die ausgewählten Takes aus der Liste entfernen (rückgängig machbar; die Audiodateien bleiben auf der Festplatte)",
    "Spectrogram &Colours": "Spektrogramm-&Farben", "Spectrogram &Range": "Spektrogramm-&Dynamikbereich",
    "Magma": "Magma", "Grayscale": "Graustufen", "Jet": "Jet", "Thermal": "Thermisch", "%1 dB": "%1 dB",
    "FoleyForge: AI-assisted foley editor": "FoleyForge: KI-gestützter Foley-Editor",
    "A .foley project or a video to open.": "Ein zu öffnendes .foley-Projekt oder Video.",
    "Save a PNG of the window and quit.": "Ein PNG des Fensters speichern und beenden.",
    "Milliseconds to wait before the screenshot.": "Millisekunden Wartezeit vor dem Bildschirmfoto.",
    # Numerus messages: (singular, plural), the two German forms of a <message numerus="yes">
    "Delete %n take(s)": ("%n Take löschen", "%n Takes löschen"),
    "%n onset(s) proposed: Enter accepts the selected ones, Delete rejects them.": (
        "%n Onset vorgeschlagen: Eingabe nimmt die ausgewählten an, Entf verwirft sie.",
        "%n Onsets vorgeschlagen: Eingabe nimmt die ausgewählten an, Entf verwirft sie."),
    # Render from recordings, take rate, provenance in the takes list.
    "Render": "Render", "Take rate": "Take-Rate", "From recordings": "Aus Aufnahmen", "Neural (16 kHz)": "Neuronal (16 kHz)",
    "From recordings: real recordings of the sound library at full quality, chosen per event to match the model's "
    "drawing, placed on your onsets and varied. Neural: the model's own audio at 16 kHz, for sounds the library cannot "
    "supply.":
        "Aus Aufnahmen: echte Aufnahmen der Klangbibliothek in voller Qualität, je Ereignis passend zur Skizze des "
        "Modells gewählt, auf Ihre Onsets gesetzt und variiert. Neuronal: der eigene Ton des Modells mit 16 kHz, für "
        "Klänge, die die Bibliothek nicht hat.",
    "%1 kHz": "%1 kHz",
    "Sample rate of takes rendered from recordings (neural takes are 16 kHz)":
        "Abtastrate von Takes aus Aufnahmen (neuronale Takes haben 16 kHz)",
    "Sound": "Klang", "neural · %1 kHz": "neuronal · %1 kHz",
    "%1 events, %2 recordings · %3 kHz": "%1 Ereignisse, %2 Aufnahmen · %3 kHz",
    "%1 (%2, %3)": "%1 (%2, %3)", "%1 s: %2, %3 st, %4 dB": "%1 s: %2, %3 HT, %4 dB",
    "%1–%2 s: %3 (%4)": "%1–%2 s: %3 (%4)", "bed": "Atmo", "texture": "Textur",
    "&Sound Libraries…": "&Klangbibliotheken…",
    "Your own folders of recordings that takes are made of": "Eigene Ordner mit Aufnahmen, aus denen Takes entstehen",
    "Sound Libraries": "Klangbibliotheken", "&Add": "&Hinzufügen", "&Rescan": "&Neu einlesen", "Re&move": "&Entfernen",
    "Name": "Name", "Folder": "Ordner", "Recordings": "Aufnahmen", "Unreadable": "Unlesbar", "State": "Zustand",
    "Folder of recordings to add (searched with its sub-folders)": "Ordner mit Aufnahmen (samt Unterordnern)",
    "&Browse…": "&Durchsuchen…", "Folder of recordings": "Ordner mit Aufnahmen", "online": "verfügbar",
    "not scanned yet": "noch nicht eingelesen", "offline": "nicht verfügbar", "'%1' is not a folder.": "„%1“ ist kein Ordner.",
    "%1 removed from the index; its files are untouched.": "%1 aus dem Index entfernt; die Dateien bleiben unberührt.",
    "Indexing %1…": "Lese %1 ein…", "%1: cancelled (what was indexed is kept)": "%1: abgebrochen (Eingelesenes bleibt erhalten)",
    "%1: %2 files, %3 new or changed, %4 removed, %5 unreadable":
        "%1: %2 Dateien, %3 neu oder geändert, %4 entfernt, %5 unlesbar",
    "%1: offline (the folder is not there)": "%1: nicht verfügbar (der Ordner fehlt)",
    "Sound Library": "Klangbibliothek", "&Play": "&Abspielen", "&Use for Selected Onsets": "Für ausgewählte Onsets &verwenden",
    "&Let Takes Choose": "Takes &wählen lassen",
    "Search your sound libraries (e.g. creaky wooden door)": "Eigene Klangbibliotheken durchsuchen (z. B. knarrende Holztür)",
    "Category": "Kategorie", "Length": "Länge", "Rate": "Rate", "Library": "Bibliothek", "Licence": "Lizenz", "your own": "eigene",
    "The selected onsets use this recording in every take (undoable)":
        "Die ausgewählten Onsets verwenden diese Aufnahme in jedem Take (rückgängig machbar)",
    "The selected onsets let each take choose their recording again":
        "Die ausgewählten Onsets überlassen die Wahl der Aufnahme wieder jedem Take",
    "%1 s": "%1 s", "Recording": "Aufnahme", "chosen by each take": "wählt jeder Take",
    "No sound library yet: add a folder in Settings → Sound Libraries…":
        "Noch keine Klangbibliothek: Ordner unter Einstellungen → Klangbibliotheken… hinzufügen",
    "Nothing matches “%1”.": "Nichts passt zu „%1“.",
    # Captioning from a local vision model.
    "sending 1 keyframe": "1 Schlüsselbild wird gesendet", "sending %1 keyframes": "%1 Schlüsselbilder werden gesendet",
    "waiting for the model": "warte auf das Modell", "choosing keyframes": "Schlüsselbilder werden gewählt",
    "open a video first": "zuerst ein Video öffnen",
    "choose a server and model in Settings → Captioning… first":
        "zuerst Server und Modell unter Einstellungen → Beschreibungen… wählen",
    "From Video…": "Aus dem Video…",
    "Ask a local vision model for a caption of the video (Settings → Captioning…)":
        "Ein lokales Bildmodell um eine Beschreibung des Videos bitten (Einstellungen → Beschreibungen…)",
    "MLLM · %1": "MLLM · %1",
    "Written by %1 on %2 at %3 from the video; edit it to make it yours":
        "Von %1 auf %2 am %3 aus dem Video geschrieben; bearbeiten Sie sie, um sie zu Ihrer zu machen",
    "Accept": "Übernehmen", "Reject": "Verwerfen", "Cancel": "Abbrechen", "Dismiss": "Schließen",
    "Use the proposal as the caption (one undo step)":
        "Den Vorschlag als Beschreibung übernehmen (ein Rückgängig-Schritt)",
    "Keep the caption as it is": "Die Beschreibung unverändert lassen",
    "Captioning: %1…": "Beschreibung: %1…", "Proposed by %1:": "Vorschlag von %1:",
    "Captioning failed: %1": "Beschreibung fehlgeschlagen: %1", "Replaces: %1": "Ersetzt: %1",
    "(no caption)": "(keine Beschreibung)", "Negative prompt: %1": "Negativer Prompt: %1",
    "%n timed caption(s), replacing the current ones": (
        "%n zeitliche Beschreibung, ersetzt die bisherigen", "%n zeitliche Beschreibungen, ersetzen die bisherigen"),
    "Test connection": "Verbindung testen", "Captioning": "Beschreibungen",
    "llama-server: http://127.0.0.1:8080/v1 · Ollama: http://127.0.0.1:11434/v1":
        "llama-server: http://127.0.0.1:8080/v1 · Ollama: http://127.0.0.1:11434/v1",
    "optional; kept in your settings, never in a project":
        "optional; bleibt in Ihren Einstellungen, nie in einem Projekt",
    "Server (base URL)": "Server (Basis-URL)", "Model": "Modell", "API key": "API-Schlüssel", "Timeout": "Zeitlimit",
    "Keyframes": "Schlüsselbilder", "Connected; the server lists no models": "Verbunden; der Server nennt keine Modelle",
    "Connected: %1": "Verbunden: %1", "Failed: %1": "Fehlgeschlagen: %1",
    "Asking %1 for its models…": "%1 wird nach seinen Modellen gefragt…",
    "&Caption from Video…": "&Beschreibung aus dem Video…",
    "Ask a local vision model for a foley caption of the video (or the selection)":
        "Ein lokales Bildmodell um eine Foley-Beschreibung des Videos (oder der Auswahl) bitten",
    "&Captioning…": "&Beschreibungen…",
    "The vision-model server that writes captions, and Test connection":
        "Der Bildmodell-Server, der Beschreibungen schreibt, und Verbindung testen",
    "Accept caption proposal": "Beschreibungsvorschlag übernehmen",
    # Export: loudness, stems, the result summary; marker formats
    "CSV (time,strength,label), Audacity labels, REAPER markers, WebVTT, SRT or WAV cue points":
        "CSV (Zeit,Stärke,Bezeichnung), Audacity-Labels, REAPER-Marker, WebVTT, SRT oder WAV-Cue-Punkte",
    "CSV, Audacity labels, REAPER markers, WebVTT or SRT": "CSV, Audacity-Labels, REAPER-Marker, WebVTT oder SRT",
    "Off": "Aus", "Broadcast (EBU R128, -23 LUFS)": "Rundfunk (EBU R128, -23 LUFS)", "Web (-16 LUFS)": "Web (-16 LUFS)",
    "Streaming (-14 LUFS)": "Streaming (-14 LUFS)", " dBTP": " dBTP", "Loudness:": "Lautheit:",
    "True-peak ceiling:": "True-Peak-Grenze:",
    "Also write stems (take, original, mix) as Broadcast WAV": "Auch Stems (Take, Original, Mischung) als Broadcast-WAV schreiben",
    "Stems folder:": "Stem-Ordner:", "Stems folder": "Stem-Ordner",
    "Marker files (*.csv *.txt *.vtt *.srt *.wav);;CSV or REAPER markers (*.csv);;Audacity labels (*.txt);;WebVTT (*.vtt);;SubRip (*.srt);;WAV cue points (*.wav)":
        "Marker-Dateien (*.csv *.txt *.vtt *.srt *.wav);;CSV- oder REAPER-Marker (*.csv);;Audacity-Labels (*.txt);;WebVTT (*.vtt);;SubRip (*.srt);;WAV-Cue-Punkte (*.wav)",
    "CSV (*.csv)": "CSV (*.csv)", "Audacity labels (*.txt)": "Audacity-Labels (*.txt)", "REAPER markers (*.csv)": "REAPER-Marker (*.csv)",
    "WebVTT subtitles (*.vtt)": "WebVTT-Untertitel (*.vtt)", "SubRip subtitles (*.srt)": "SubRip-Untertitel (*.srt)",
    "Wrote %1: video copied (%2 s), audio AAC 48 kHz stereo (%3 s).":
        "%1 geschrieben: Video kopiert (%2 s), Audio AAC 48 kHz stereo (%3 s).",
    "%1 LUFS integrated, %2 LU range, %3 dBTP true peak": "%1 LUFS integriert, %2 LU Lautheitsbereich, %3 dBTP True Peak",
    "Loudness before: %1.": "Lautheit vorher: %1.", "Loudness after: %1 (gain %2 dB).": "Lautheit nachher: %1 (Verstärkung %2 dB).",
    "Peaks were limited for %1 s (at most %2 dB) to stay under the true-peak ceiling.":
        "Spitzen wurden %1 s lang begrenzt (höchstens %2 dB), um unter der True-Peak-Grenze zu bleiben.",
    "No limiting was needed.": "Keine Begrenzung nötig.", "Stem: %1": "Stem: %1",
    "The video has no sound of its own: the original stem is silence.": "Das Video hat keinen eigenen Ton: Der Original-Stem ist Stille.",
}


def qualified_classes() -> dict:
    """Q_OBJECT class name -> its fully qualified name. tr() in a QObject looks up the context moc gives it
    ("foley::app::MainActions"), but lupdate does not read C++17 nested namespaces and writes "MainActions"."""
    names = {}
    for folder in SOURCE_FOLDERS:
        for header in sorted((ROOT / folder).rglob("*.h")):
            text = header.read_text(encoding="utf-8")
            namespaces = [(m.start(), m.group(1)) for m in re.finditer(r"^namespace ([\w:]+) \{", text, re.M)]
            for match in re.finditer(r"^class (\w+)\b[^;{]*\{\s*\n\s*Q_OBJECT", text, re.M):
                enclosing = [name for start, name in namespaces if start < match.start()]  # the last one opened
                if enclosing:
                    names[match.group(1)] = f"{enclosing[-1]}::{match.group(1)}"
    return names


def qualify_contexts(tree: ET.ElementTree) -> int:
    classes = qualified_classes()
    renamed = 0
    for context in tree.iter("context"):
        name = context.find("name")
        if name.text in classes:
            name.text = classes[name.text]
            renamed += 1
    return renamed


def main() -> None:
    path = pathlib.Path(__file__).with_name("foleyforge_de.ts")
    tree = ET.parse(path)
    print(f"{qualify_contexts(tree)} contexts given their namespace")
    done = 0
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source not in GERMAN:
            continue
        german = GERMAN[source]
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not isinstance(german, tuple) or len(german) != len(forms):
                continue
            for form, text in zip(forms, german):
                form.text = text
        elif isinstance(german, tuple):
            continue
        else:
            translation.text = german
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} of {sum(1 for _ in tree.iter('message'))} messages translated")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fills German translations into foleyforge_de.ts for the strings listed here (run after lupdate).

Usage: /usr/lib/qt6/bin/lupdate -no-obsolete -locations none widgets app/gui -ts translations/foleyforge_de.ts
       python3 translations/translate_de.py
Strings not listed stay unfinished and show in English.
"""
import pathlib
import xml.etree.ElementTree as ET

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
    "Detect Onsets from &Sound": "Onsets aus dem &Ton erkennen",
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
    # Generate button, model pack, mix gains, linear spectrogram (issue 4/5 hookup)
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
}


def main() -> None:
    path = pathlib.Path(__file__).with_name("foleyforge_de.ts")
    tree = ET.parse(path)
    done = 0
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes" or source not in GERMAN:
            continue
        translation.text = GERMAN[source]
        translation.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{done} of {sum(1 for _ in tree.iter('message'))} messages translated")


if __name__ == "__main__":
    main()

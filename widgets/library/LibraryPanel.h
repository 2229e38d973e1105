#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QAudioOutput;
class QLineEdit;
class QMediaPlayer;
class QPushButton;
class QTableWidget;

namespace foley::widgets {

// One search result the panel lists (the app fills them from the user's sound-library index).
struct LibraryResult {
    QString path;  // absolute
    QString name;
    QString category;
    double durationSeconds = 0.0;
    int sampleRate = 0;
    QString library;
    QString licence;
};

// The Sound Library dock: search the user's libraries by words, audition a result, and give it to the selected
// onsets (they then use that recording in every take), or drag it onto an onset, or let the takes choose again. Searching and the choice are
// intents the app carries out; the panel plays the result it is asked to audition itself.
class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget* parent = nullptr);

    void setResults(const std::vector<LibraryResult>& results, const QString& message = {});
    QString selectedPath() const;
    // Shows `query` in the search box and asks for it, as if typed and entered (e.g. the last session's search).
    void search(const QString& query);

signals:
    void searchRequested(const QString& query);
    void useForSelectedOnsetsRequested(const QString& recording);
    void letTakesChooseRequested();  // for the selected onsets

private:
    void audition();

    QLineEdit* m_query;
    QTableWidget* m_results;
    QPushButton* m_play;
    QPushButton* m_use;
    QPushButton* m_clear;
    QMediaPlayer* m_player;
    QAudioOutput* m_output;
    std::vector<LibraryResult> m_shown;
};

}  // namespace foley::widgets

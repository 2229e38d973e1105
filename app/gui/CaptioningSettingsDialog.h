#pragma once

#include "app/services/captioning/CaptionClient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace foley::app {

// Settings → Captioning…: the server's base URL, the model, an optional API key (kept in the user's settings, never
// in a project), the timeout and the number of keyframes; Test connection lists the server's models.
class CaptioningSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaptioningSettingsDialog(QWidget* parent = nullptr);

    // Shows the dialog; OK writes the settings.
    static void edit(QWidget* parent);

    captioning::CaptioningSettings settings() const;
    void setSettings(const captioning::CaptioningSettings& settings);
    QPushButton* testButton() const { return m_test; }
    QLabel* testResult() const { return m_result; }

private:
    void testConnection();

    QLineEdit* m_baseUrl;
    QComboBox* m_model;
    QLineEdit* m_apiKey;
    QSpinBox* m_timeout;
    QSpinBox* m_keyframes;
    QPushButton* m_test;
    QLabel* m_result;
    captioning::CaptionClient m_client;
};

}  // namespace foley::app

#include "app/gui/CaptioningSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace foley::app {

using captioning::CaptioningSettings;

CaptioningSettingsDialog::CaptioningSettingsDialog(QWidget* parent)
    : QDialog(parent), m_baseUrl(new QLineEdit(this)), m_model(new QComboBox(this)), m_apiKey(new QLineEdit(this)),
      m_timeout(new QSpinBox(this)), m_keyframes(new QSpinBox(this)),
      m_test(new QPushButton(tr("Test connection"), this)), m_result(new QLabel(this))
{
    setWindowTitle(tr("Captioning"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setToolTip(tr("llama-server: http://127.0.0.1:8080/v1 · Ollama: http://127.0.0.1:11434/v1"));
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setEditable(true);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("optional; kept in your settings, never in a project"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_keyframes->setRange(1, CaptioningSettings::kMaxKeyframeCount);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("testResult"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Server (base URL)"), m_baseUrl);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("API key"), m_apiKey);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Keyframes"), m_keyframes);
    form->addRow(m_test, m_result);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &CaptioningSettingsDialog::testConnection);
    connect(&m_client, &captioning::CaptionClient::modelsListed, this, [this](const QStringList& models) {
        const QString chosen = m_model->currentText();
        m_model->clear();
        m_model->addItems(models);
        m_model->setCurrentText(chosen.isEmpty() && !models.isEmpty() ? models.first() : chosen);
        m_result->setText(models.isEmpty() ? tr("Connected; the server lists no models")
                                           : tr("Connected: %1").arg(models.join(QStringLiteral(", "))));
        m_test->setEnabled(true);
    });
    connect(&m_client, &captioning::CaptionClient::failed, this, [this](const Error& error) {
        m_result->setText(tr("Failed: %1").arg(QString::fromStdString(error.message)));
        m_test->setEnabled(true);
    });
    setSettings(CaptioningSettings::load(QSettings()));
}

void CaptioningSettingsDialog::edit(QWidget* parent)
{
    CaptioningSettingsDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) return;
    QSettings store;
    dialog.settings().save(store);
}

CaptioningSettings CaptioningSettingsDialog::settings() const
{
    CaptioningSettings s;
    s.baseUrl = m_baseUrl->text().trimmed();
    s.model = m_model->currentText().trimmed();
    s.apiKey = m_apiKey->text();
    s.timeoutSeconds = m_timeout->value();
    s.keyframeCount = m_keyframes->value();
    return s;
}

void CaptioningSettingsDialog::setSettings(const CaptioningSettings& s)
{
    m_baseUrl->setText(s.baseUrl);
    m_model->setCurrentText(s.model);
    m_apiKey->setText(s.apiKey);
    m_timeout->setValue(s.timeoutSeconds);
    m_keyframes->setValue(s.keyframeCount);
}

void CaptioningSettingsDialog::testConnection()
{
    m_test->setEnabled(false);
    m_result->setText(tr("Asking %1 for its models…").arg(m_baseUrl->text()));
    m_client.listModels(settings());
}

}  // namespace foley::app

#include "core/model/Project.h"

#include <QFileInfo>
#include <QSet>

namespace foley::core {

namespace {

template <typename List>
bool idsValid(const List& items)
{
    QSet<quint64> seen;
    for (const auto& item : items) {
        if (item.id == kInvalidId || seen.contains(item.id)) return false;
        seen.insert(item.id);
    }
    return true;
}

}  // namespace

Project::Project(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &Project::updateModified);
    connect(&m_media, &MediaReference::mediaChanged, this, &Project::conformMaskToMedia);
    connect(&m_media, &MediaReference::factsChanged, this, &Project::conformMaskToMedia);
}

void Project::conformMaskToMedia()
{
    const SampleTime duration = m_media.description().duration;
    if (duration > 0) m_mask.conformTo(duration, m_mask.rate());
}

Project::~Project()
{
    // Commands hold pointers into the member models: delete them while the models still exist,
    // and without telling listeners about a clean-state change of a dying project.
    disconnect(m_undoStack, nullptr, this, nullptr);
    delete m_undoStack;
}

bool Project::push(QUndoCommand* command)
{
    if (!command) return false;
    if (command->isObsolete()) {
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

void Project::setFilePath(const QString& path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute == m_filePath) return;
    m_filePath = absolute;
    emit filePathChanged(m_filePath);
}

QString Project::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).completeBaseName();
}

bool Project::isModified() const
{
    return m_recovered || !m_undoStack->isClean();
}

void Project::markSaved()
{
    m_recovered = false;
    m_undoStack->setClean();
    updateModified();
}

void Project::markRecovered()
{
    m_recovered = true;
    updateModified();
}

void Project::updateModified()
{
    const bool modified = isModified();
    if (modified == m_modified) return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

ProjectState Project::state() const
{
    ProjectState s;
    s.media = m_media.description();
    s.caption = m_captions.caption();
    s.negativePrompt = m_captions.negativePrompt();
    s.qualityTag = m_captions.qualityTag();
    s.segments = m_captions.segments();
    s.onsets = m_onsets.onsets();
    s.maskRate = m_mask.rate();
    s.maskValues = m_mask.values();
    s.settings = m_settings.parameters();
    s.takes = m_takes.takes();
    s.activeTake = m_takes.activeTakeId();
    return s;
}

Status Project::restoreState(const ProjectState& s)
{
    if (!idsValid(s.onsets)) return makeError(ErrorCode::InvalidArgument, "onset ids are missing or duplicated");
    if (!idsValid(s.segments)) return makeError(ErrorCode::InvalidArgument, "caption segment ids are missing or duplicated");
    if (!idsValid(s.takes)) return makeError(ErrorCode::InvalidArgument, "take ids are missing or duplicated");
    bool activeFound = s.activeTake == kInvalidId;
    for (const Take& t : s.takes) activeFound = activeFound || t.id == s.activeTake;
    if (!activeFound) return makeError(ErrorCode::InvalidArgument, "the active take id names no take");

    m_undoStack->clear();
    m_media.setDescription(s.media);
    m_captions.setCaption(s.caption);
    m_captions.setNegativePrompt(s.negativePrompt);
    m_captions.setQualityTag(s.qualityTag);
    m_captions.resetSegments(s.segments);
    m_onsets.reset(s.onsets);
    m_mask.reset(s.maskRate, s.maskValues);
    m_settings.setParameters(s.settings);
    m_takes.reset(s.takes, s.activeTake);
    updateModified();
    return okStatus();
}

}  // namespace foley::core

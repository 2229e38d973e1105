#pragma once

#include "core/model/Caption.h"
#include "core/model/IdAllocator.h"

#include <QObject>

#include <optional>

namespace foley::core {

// The text conditions of a project: the global caption (with its origin), the negative prompt,
// a quality tag appended to prompts, and time-ranged caption segments sorted by (start, id).
// Mutators are for commands (core/commands/CaptionCommands.h) and the loader only.
class CaptionModel : public QObject {
    Q_OBJECT

public:
    explicit CaptionModel(QObject* parent = nullptr);

    const Caption& caption() const { return m_caption; }
    const QString& negativePrompt() const { return m_negative; }
    const QString& qualityTag() const { return m_quality; }  // default kDefaultQualityTag

    const CaptionSegmentList& segments() const { return m_segments; }
    std::optional<CaptionSegment> segment(SegmentId id) const;
    int indexOfSegment(SegmentId id) const;  // -1 if absent
    SegmentId allocateSegmentId() { return m_ids.next(); }

    // --- Mutators: commands and the loader only. Each emits its signal only on a real change. ---
    void setCaption(const Caption& caption);
    void setNegativePrompt(const QString& text);
    void setQualityTag(const QString& text);
    bool insertSegment(const CaptionSegment& segment);  // false on invalid or used id
    bool updateSegment(const CaptionSegment& segment);  // false if absent
    bool removeSegment(SegmentId id);                   // false if absent
    bool resetSegments(const CaptionSegmentList& segments);  // false (no change) on invalid/duplicate ids

signals:
    void captionChanged();
    void negativePromptChanged();
    void qualityTagChanged();
    void segmentAdded(foley::core::SegmentId id);
    void segmentChanged(foley::core::SegmentId id);
    void segmentRemoved(foley::core::SegmentId id);
    void segmentsReset();

private:
    int insertionIndex(const CaptionSegment& segment) const;

    Caption m_caption;
    QString m_negative;
    QString m_quality = kDefaultQualityTag;
    CaptionSegmentList m_segments;
    IdAllocator m_ids;
};

}  // namespace foley::core

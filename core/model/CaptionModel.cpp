#include "core/model/CaptionModel.h"

#include <QSet>

#include <algorithm>

namespace foley::core {

namespace {

bool segmentLess(const CaptionSegment& a, const CaptionSegment& b)
{
    return a.start != b.start ? a.start < b.start : a.id < b.id;
}

}  // namespace

CaptionModel::CaptionModel(QObject* parent) : QObject(parent) {}

std::optional<CaptionSegment> CaptionModel::segment(SegmentId id) const
{
    const int index = indexOfSegment(id);
    if (index < 0) return std::nullopt;
    return m_segments[index];
}

int CaptionModel::indexOfSegment(SegmentId id) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].id == id) return i;
    }
    return -1;
}

int CaptionModel::insertionIndex(const CaptionSegment& segment) const
{
    const auto it = std::lower_bound(m_segments.cbegin(), m_segments.cend(), segment, segmentLess);
    return static_cast<int>(it - m_segments.cbegin());
}

void CaptionModel::setCaption(const Caption& caption)
{
    if (caption == m_caption) return;
    m_caption = caption;
    emit captionChanged();
}

void CaptionModel::setNegativePrompt(const QString& text)
{
    if (text == m_negative) return;
    m_negative = text;
    emit negativePromptChanged();
}

void CaptionModel::setQualityTag(const QString& text)
{
    if (text == m_quality) return;
    m_quality = text;
    emit qualityTagChanged();
}

bool CaptionModel::insertSegment(const CaptionSegment& segment)
{
    if (segment.id == kInvalidId || indexOfSegment(segment.id) >= 0) return false;
    const CaptionSegment s = segment.normalized();
    m_segments.insert(insertionIndex(s), s);
    m_ids.reserve(s.id);
    emit segmentAdded(s.id);
    return true;
}

bool CaptionModel::updateSegment(const CaptionSegment& segment)
{
    const int index = indexOfSegment(segment.id);
    if (index < 0) return false;
    const CaptionSegment s = segment.normalized();
    if (m_segments[index] == s) return true;
    m_segments.removeAt(index);
    m_segments.insert(insertionIndex(s), s);
    emit segmentChanged(s.id);
    return true;
}

bool CaptionModel::removeSegment(SegmentId id)
{
    const int index = indexOfSegment(id);
    if (index < 0) return false;
    m_segments.removeAt(index);
    emit segmentRemoved(id);
    return true;
}

bool CaptionModel::resetSegments(const CaptionSegmentList& segments)
{
    QSet<SegmentId> seen;
    for (const CaptionSegment& s : segments) {
        if (s.id == kInvalidId || seen.contains(s.id)) return false;
        seen.insert(s.id);
    }
    m_segments.clear();
    for (const CaptionSegment& s : segments) {
        m_segments.append(s.normalized());
        m_ids.reserve(s.id);
    }
    std::sort(m_segments.begin(), m_segments.end(), segmentLess);
    emit segmentsReset();
    return true;
}

}  // namespace foley::core

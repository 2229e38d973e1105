#pragma once

#include "core/model/Onset.h"

#include <QObject>

namespace foley::core {

// The onset detector's proposals waiting for the user: not part of the project and outside the undo history (a
// proposal becomes an onset only when accepted, by AcceptOnsetProposalsCommand). The editor session owns them, the
// detection controller fills them, the onset lane paints them, the intent router removes what is accepted or rejected.
class OnsetProposals : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const OnsetSampleTimeList& list() const { return m_list; }  // sorted by time
    bool isEmpty() const { return m_list.isEmpty(); }

    void set(OnsetSampleTimeList proposals);
    void remove(const OnsetSampleTimeList& proposals);  // those equal to one given (accepted or rejected)
    void clear() { set({}); }

signals:
    void changed();

private:
    OnsetSampleTimeList m_list;
};

}  // namespace foley::core

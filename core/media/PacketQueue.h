#pragma once

#include "core/media/AvPtr.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace foley::media {

// Hands encoded packets from one producer thread to one consumer thread, in order.
class PacketQueue {
public:
    // Producer: takes the packet's reference; false when out of memory.
    bool push(AVPacket* packet);
    // Producer: nothing more will come.
    void close();

    // Consumer: the oldest packet, waiting for one if needed; nullptr once the queue is closed and empty.
    // The packet stays owned by the queue until pop().
    AVPacket* waitFront();
    void pop();

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<PacketPtr> m_packets;
    bool m_closed = false;
};

}  // namespace foley::media

#include "core/media/PacketQueue.h"

namespace foley::media {

bool PacketQueue::push(AVPacket* packet)
{
    PacketPtr copy(av_packet_alloc());
    if (!copy) return false;
    av_packet_move_ref(copy.get(), packet);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_packets.push_back(std::move(copy));
    }
    m_ready.notify_one();
    return true;
}

void PacketQueue::close()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
    }
    m_ready.notify_all();
}

AVPacket* PacketQueue::waitFront()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_ready.wait(lock, [this] { return !m_packets.empty() || m_closed; });
    return m_packets.empty() ? nullptr : m_packets.front().get();
}

void PacketQueue::pop()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_packets.empty()) m_packets.pop_front();
}

}  // namespace foley::media

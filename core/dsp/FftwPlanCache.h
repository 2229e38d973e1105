#pragma once

// Internal to core/dsp (.cpp files only): FFTW stays out of public headers.
#include <fftw3.h>

#include <cstddef>
#include <utility>

namespace foley::dsp {

// FFTW plans created once per shape and shared by every thread. Planning is not thread-safe in FFTW,
// so creation happens under one process-wide mutex; executing a plan with the new-array API
// (fftwf_execute_dft_r2c / _c2r) is thread-safe, as long as the arrays have the alignment the plan was
// made for: allocate them with fftwf_malloc (FftwBuffer). Plans use FFTW_ESTIMATE so results are the
// same on every run (MEASURE may pick different algorithms, and inference promises bit-identical output).
class FftwPlanCache {
public:
    // Out-of-place real-to-complex 1-D transform of `n` floats (n/2 + 1 outputs).
    static fftwf_plan r2c1d(int n);
    // Out-of-place 2-D transforms of a rows x cols real image (rows x (cols/2 + 1) complex values).
    static fftwf_plan r2c2d(int rows, int cols);
    static fftwf_plan c2r2d(int rows, int cols);  // destroys its input, as FFTW's c2r does
};

// An fftwf_malloc'd array (SIMD-aligned as FFTW's plans expect). Not copyable.
template <typename T>
class FftwBuffer {
public:
    explicit FftwBuffer(size_t count) : m_data(static_cast<T*>(fftwf_malloc(sizeof(T) * (count ? count : 1)))), m_count(count) {}
    ~FftwBuffer() { fftwf_free(m_data); }
    FftwBuffer(const FftwBuffer&) = delete;
    FftwBuffer& operator=(const FftwBuffer&) = delete;
    FftwBuffer(FftwBuffer&& other) noexcept : m_data(other.m_data), m_count(other.m_count) { other.m_data = nullptr; other.m_count = 0; }
    FftwBuffer& operator=(FftwBuffer&& other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_count, other.m_count);
        return *this;
    }

    T* data() { return m_data; }
    const T* data() const { return m_data; }
    size_t size() const { return m_count; }
    T& operator[](size_t i) { return m_data[i]; }
    const T& operator[](size_t i) const { return m_data[i]; }

private:
    T* m_data = nullptr;
    size_t m_count = 0;
};

}  // namespace foley::dsp

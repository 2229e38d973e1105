#include "core/dsp/FftwPlanCache.h"

#include <map>
#include <mutex>
#include <tuple>

namespace foley::dsp {

namespace {

enum class PlanKind { R2c1d, R2c2d, C2r2d };
using PlanKey = std::tuple<PlanKind, int, int>;

std::mutex& plannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Plans live for the whole process (a handful of shapes); FFTW frees them at exit with the library.
std::map<PlanKey, fftwf_plan>& plans()
{
    static std::map<PlanKey, fftwf_plan> cache;
    return cache;
}

fftwf_plan planFor(PlanKind kind, int rows, int cols)
{
    std::lock_guard<std::mutex> lock(plannerMutex());
    const PlanKey key{kind, rows, cols};
    auto& cache = plans();
    if (auto it = cache.find(key); it != cache.end()) return it->second;

    // Planning arrays come from fftwf_malloc, so buffers allocated the same way match their alignment.
    const size_t complexCount = static_cast<size_t>(rows) * static_cast<size_t>(cols / 2 + 1);
    FftwBuffer<float> real(static_cast<size_t>(rows) * static_cast<size_t>(cols));
    FftwBuffer<fftwf_complex> spectrum(complexCount);
    fftwf_plan plan = nullptr;
    switch (kind) {
    case PlanKind::R2c1d:
        plan = fftwf_plan_dft_r2c_1d(cols, real.data(), spectrum.data(), FFTW_ESTIMATE);
        break;
    case PlanKind::R2c2d:
        plan = fftwf_plan_dft_r2c_2d(rows, cols, real.data(), spectrum.data(), FFTW_ESTIMATE);
        break;
    case PlanKind::C2r2d:
        plan = fftwf_plan_dft_c2r_2d(rows, cols, spectrum.data(), real.data(), FFTW_ESTIMATE);
        break;
    }
    cache.emplace(key, plan);
    return plan;
}

}  // namespace

fftwf_plan FftwPlanCache::r2c1d(int n) { return planFor(PlanKind::R2c1d, 1, n); }
fftwf_plan FftwPlanCache::r2c2d(int rows, int cols) { return planFor(PlanKind::R2c2d, rows, cols); }
fftwf_plan FftwPlanCache::c2r2d(int rows, int cols) { return planFor(PlanKind::C2r2d, rows, cols); }

}  // namespace foley::dsp

#include "core/dsp/MelConfig.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

namespace foley::dsp {

namespace {

std::string formatDouble(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

bool parseInt(const std::string& text, int& out)
{
    char* end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0') return false;
    out = static_cast<int>(value);
    return true;
}

bool parseDouble(const std::string& text, double& out)
{
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && *end == '\0';
}

}  // namespace

int64_t MelConfig::frameCount(int64_t samples) const
{
    if (samples <= 0 || hop <= 0) return 0;
    if (center) return 1 + samples / hop;
    return samples < nFft ? 0 : 1 + (samples - nFft) / hop;
}

std::string MelConfig::validate() const
{
    if (sampleRate <= 0) return "sample rate must be positive";
    if (nFft < 16 || nFft % 2 != 0) return "n_fft must be an even number >= 16";
    if (winLength <= 0 || winLength > nFft) return "win_length must be in 1..n_fft";
    if (hop <= 0) return "hop must be positive";
    if (nMels <= 0 || nMels > nFft / 2) return "n_mels must be in 1..n_fft/2";
    if (fMin < 0 || fMax <= fMin || fMax > sampleRate / 2.0 + 1e-9) return "need 0 <= f_min < f_max <= sample_rate/2";
    if (!(logFloor > 0)) return "log floor must be positive";
    return {};
}

std::string MelConfig::toString() const
{
    std::ostringstream out;
    out << "sample_rate=" << sampleRate << '\n'
        << "n_fft=" << nFft << '\n'
        << "win_length=" << winLength << '\n'
        << "hop=" << hop << '\n'
        << "n_mels=" << nMels << '\n'
        << "f_min=" << formatDouble(fMin) << '\n'
        << "f_max=" << formatDouble(fMax) << '\n'
        << "log_floor=" << formatDouble(logFloor) << '\n'
        << "center=" << (center ? 1 : 0) << '\n'
        << "mel_scale=" << kMelScale << '\n'
        << "norm=" << kNorm << '\n'
        << "window=" << kWindow << '\n'
        << "pad_mode=" << kPadMode << '\n'
        << "magnitude=" << kMagnitude << '\n'
        << "log=" << kLog << '\n';
    return out.str();
}

std::optional<MelConfig> MelConfig::fromString(const std::string& text)
{
    std::map<std::string, std::string> values;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const size_t eq = line.find('=');
        if (eq == std::string::npos) return std::nullopt;
        values[line.substr(0, eq)] = line.substr(eq + 1);
    }
    const std::map<std::string, const char*> identity = {{"mel_scale", kMelScale}, {"norm", kNorm},
        {"window", kWindow}, {"pad_mode", kPadMode}, {"magnitude", kMagnitude}, {"log", kLog}};
    MelConfig config;
    int centerFlag = 1;
    const std::map<std::string, int*> ints = {{"sample_rate", &config.sampleRate}, {"n_fft", &config.nFft},
        {"win_length", &config.winLength}, {"hop", &config.hop}, {"n_mels", &config.nMels}, {"center", &centerFlag}};
    const std::map<std::string, double*> doubles = {
        {"f_min", &config.fMin}, {"f_max", &config.fMax}, {"log_floor", &config.logFloor}};
    for (const auto& [key, value] : values) {
        if (auto it = ints.find(key); it != ints.end()) {
            if (!parseInt(value, *it->second)) return std::nullopt;
        } else if (auto dt = doubles.find(key); dt != doubles.end()) {
            if (!parseDouble(value, *dt->second)) return std::nullopt;
        } else if (auto id = identity.find(key); id != identity.end()) {
            if (value != id->second) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    // Every key must be present: a partial dump is not the same definition.
    if (values.size() != ints.size() + doubles.size() + identity.size()) return std::nullopt;
    if (centerFlag != 0 && centerFlag != 1) return std::nullopt;
    config.center = centerFlag == 1;
    return config;
}

bool operator==(const MelConfig& a, const MelConfig& b)
{
    return a.sampleRate == b.sampleRate && a.nFft == b.nFft && a.winLength == b.winLength && a.hop == b.hop
        && a.nMels == b.nMels && a.fMin == b.fMin && a.fMax == b.fMax && a.logFloor == b.logFloor
        && a.center == b.center;
}

}  // namespace foley::dsp

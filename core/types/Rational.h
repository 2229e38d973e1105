#pragma once

#include <cstdint>
#include <numeric>

namespace foley {

// An exact ratio, like FFmpeg's AVRational: frame rates and time bases stay exact until an edge.
struct Rational {
    int64_t num = 0;
    int64_t den = 1;

    bool isValid() const { return den != 0 && num != 0; }
    double toDouble() const { return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den); }
    Rational inverted() const { return Rational{den, num}; }
    Rational reduced() const
    {
        const int64_t g = std::gcd(num, den);
        return g == 0 ? *this : Rational{num / g, den / g};
    }
    friend bool operator==(const Rational& a, const Rational& b) { return a.num * b.den == b.num * a.den; }
    friend bool operator!=(const Rational& a, const Rational& b) { return !(a == b); }
};

}  // namespace foley

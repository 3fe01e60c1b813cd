#pragma once

#include <QList>

#include <algorithm>

namespace nd::bench {

// Summary of repeated timings in milliseconds.
struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
    double p99 = 0;
    int runs = 0;

    static Stats of(QList<double> samples)
    {
        Stats s;
        if (samples.isEmpty())
            return s;
        std::sort(samples.begin(), samples.end());
        const qsizetype n = samples.size();
        s.runs = int(n);
        s.min = samples.first();
        s.max = samples.last();
        s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
        s.p99 = samples[std::min<qsizetype>(n - 1, qsizetype(double(n) * 0.99))];
        return s;
    }
};

} // namespace nd::bench

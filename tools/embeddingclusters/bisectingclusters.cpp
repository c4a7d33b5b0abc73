// SPDX-License-Identifier: GPL-3.0-or-later
#include "bisectingclusters.h"

#include <algorithm>
#include <cmath>

namespace lector {

namespace {

double dot(const float *a, const std::vector<double> &b)
{
    double s = 0;
    for (size_t d = 0; d < b.size(); ++d)
        s += double(a[d]) * b[d];
    return s;
}

void normalise(std::vector<double> &v)
{
    double n = 0;
    for (double x : v)
        n += x * x;
    n = std::sqrt(n);
    if (n > 0)
        for (double &x : v)
            x /= n;
}

} // namespace

BisectingClusters::BisectingClusters(std::vector<float> vectors, int dims, Options options)
    : m_vectors(std::move(vectors))
    , m_dims(dims)
    , m_options(options)
{
    const size_t count = m_vectors.size() / size_t(m_dims);
    for (size_t i = 0; i < count; ++i) {
        float *v = m_vectors.data() + i * size_t(m_dims);
        double n = 0;
        for (int d = 0; d < m_dims; ++d)
            n += double(v[d]) * v[d];
        n = std::sqrt(n);
        if (n > 0)
            for (int d = 0; d < m_dims; ++d)
                v[d] = float(v[d] / n);
    }
}

std::vector<BisectingClusters::Leaf> BisectingClusters::build()
{
    std::vector<int> rows(m_vectors.size() / size_t(m_dims));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    std::vector<Leaf> out;
    split(std::move(rows), std::string(), out);
    return out;
}

void BisectingClusters::split(std::vector<int> rows, const std::string &bits,
                              std::vector<Leaf> &out)
{
    const size_t n = rows.size();
    const size_t dims = size_t(m_dims);
    if (int(bits.size()) >= m_options.maxDepth || n < size_t(2 * m_options.minLeaf)) {
        out.push_back({bits, std::move(rows)});
        return;
    }
    std::vector<double> mean(dims, 0.0);
    for (int r : rows)
        for (size_t d = 0; d < dims; ++d)
            mean[d] += row(r)[d];
    for (double &x : mean)
        x /= double(n);
    // First principal direction of the centred rows by power iteration, started from the
    // centred most frequent word (deterministic).
    std::vector<double> dir(dims);
    for (size_t d = 0; d < dims; ++d)
        dir[d] = row(rows.front())[d] - mean[d] + 1e-3 * double(d % 7 + 1);
    normalise(dir);
    for (int it = 0; it < m_options.powerIterations; ++it) {
        std::vector<double> next(dims, 0.0);
        const double meanProj = [&] {
            double s = 0;
            for (size_t d = 0; d < dims; ++d)
                s += mean[d] * dir[d];
            return s;
        }();
        for (int r : rows) {
            const double p = dot(row(r), dir) - meanProj;
            for (size_t d = 0; d < dims; ++d)
                next[d] += p * (double(row(r)[d]) - mean[d]);
        }
        normalise(next);
        dir = std::move(next);
    }
    std::vector<char> side(n);
    double meanProj = 0;
    for (size_t d = 0; d < dims; ++d)
        meanProj += mean[d] * dir[d];
    for (size_t i = 0; i < n; ++i)
        side[i] = dot(row(rows[i]), dir) > meanProj ? 1 : 0;
    // 2-means refinement (Euclidean on the unit vectors).
    for (int it = 0; it < m_options.refineIterations; ++it) {
        std::vector<double> c[2] = {std::vector<double>(dims, 0.0), std::vector<double>(dims, 0.0)};
        size_t size[2] = {0, 0};
        for (size_t i = 0; i < n; ++i) {
            ++size[int(side[i])];
            for (size_t d = 0; d < dims; ++d)
                c[int(side[i])][d] += row(rows[i])[d];
        }
        if (size[0] == 0 || size[1] == 0)
            break;
        double half[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            for (double &x : c[k])
                x /= double(size[k]);
            for (double x : c[k])
                half[k] += x * x;
            half[k] /= 2;
        }
        bool moved = false;
        for (size_t i = 0; i < n; ++i) {
            // nearer centre: maximise x.c - |c|^2 / 2
            const char s = dot(row(rows[i]), c[1]) - half[1] > dot(row(rows[i]), c[0]) - half[0];
            if (s != side[i]) {
                side[i] = s;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    std::vector<int> part[2];
    for (size_t i = 0; i < n; ++i)
        part[int(side[i])].push_back(rows[i]);
    if (part[0].size() < size_t(m_options.minLeaf) || part[1].size() < size_t(m_options.minLeaf)) {
        out.push_back({bits, std::move(rows)});
        return;
    }
    // '0' is the side of the most frequent word (rows are in ascending order).
    const int first = side[0];
    rows.clear();
    rows.shrink_to_fit();
    split(std::move(part[first]), bits + '0', out);
    split(std::move(part[1 - first]), bits + '1', out);
}

} // namespace lector

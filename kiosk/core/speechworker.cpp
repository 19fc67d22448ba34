#include "speechworker.h"

#include "speechsynthesizer.h"

namespace jiujin {

SpeechWorker::SpeechWorker(const std::atomic<quint64> &current, qsizetype cacheBytes)
    : m_current(current), m_cache(qMax<qsizetype>(1, cacheBytes / 1024))
{
}

void SpeechWorker::render(quint64 utterance, const QStringList &sentences, int rate)
{
    for (const QString &s : sentences) {
        if (m_current.load() != utterance)
            return; // a touch, or a newer utterance: stop at once
        const QString key = QString::number(rate) + QLatin1Char('|') + s;
        QByteArray pcm;
        if (const QByteArray *hit = m_cache.object(key)) {
            ++m_hits;
            pcm = *hit;
        } else {
            ++m_misses;
            pcm = SpeechSynthesizer::render(s, rate);
            if (pcm.isEmpty())
                continue;
            m_cache.insert(key, new QByteArray(pcm), qMax<qsizetype>(1, pcm.size() / 1024));
        }
        if (m_current.load() == utterance)
            emit chunkReady(utterance, pcm, SpeechSynthesizer::sampleRate());
    }
}

} // namespace jiujin

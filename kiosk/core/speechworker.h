#pragma once

#include <QByteArray>
#include <QCache>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace jiujin {

/**
 * Renders pinyin sentences with SpeechSynthesizer on SpeechService's worker thread, one sentence
 * at a time so that the first is heard while the next is made; keeps the PCM of recent sentences
 * in an LRU cache bounded in bytes (the same prompts come back on every visit).
 */
class SpeechWorker : public QObject
{
    Q_OBJECT
public:
    /** @p current is the utterance still wanted: a sentence of any other is not rendered. */
    SpeechWorker(const std::atomic<quint64> &current, qsizetype cacheBytes);

    Q_INVOKABLE void render(quint64 utterance, const QStringList &sentences, int rate);
    /** Loads and warms up the whole pipeline (SpeechService::preload()). */
    Q_INVOKABLE void preload(int rate);

    int hits() const { return m_hits.load(); }
    int misses() const { return m_misses.load(); }

signals:
    void chunkReady(quint64 utterance, const QByteArray &pcm, int sampleRate);
    void preloaded(bool ok);

private:
    const std::atomic<quint64> &m_current;
    QCache<QString, QByteArray> m_cache; ///< key "rate|pinyin", cost in KiB
    std::atomic<int> m_hits{0};
    std::atomic<int> m_misses{0};
};

} // namespace jiujin

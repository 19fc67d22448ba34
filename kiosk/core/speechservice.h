#pragma once

#include "speechguard.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace jiujin {

class SpeechWorker;

/**
 * Voice guidance's pipeline short of the loudspeaker: SpeechGuard, SpeechNormalizer,
 * SpeechPinyin on the caller's thread (cheap, pure), then synthesis on a worker thread, sentence
 * by sentence, delivered as PCM chunks through chunkReady() in the caller's thread.
 */
class SpeechService : public QObject
{
    Q_OBJECT
public:
    /** @p cacheBytes bounds the phrase cache (default 16 MiB: about six minutes of speech). */
    explicit SpeechService(qsizetype cacheBytes = 16 << 20, QObject *parent = nullptr);
    ~SpeechService() override;

    /** The pinyin that @p text is spoken as, split in sentences; empty when the guard refuses it
     *  or there is nothing to say. */
    QStringList prepare(const QString &text);
    /** Starts speaking @p text (stops what was being said); false when refused or empty. */
    bool speak(const QString &text);
    /** Stops at once: chunks still coming for earlier text are dropped. */
    void stop();
    /**
     * Loads espeak-ng, its voice and the pinyin and normalisation tables on the worker thread and
     * renders one short sentence, so that the first tap pays for none of it (without it the
     * first tap held the calling thread ~200 ms, most of it ICU's transliterator). Call it once
     * the first frame is shown: it takes a core and the dynamic loader's lock for a while.
     * preloaded() says when it is done; a tap meanwhile waits for it (no longer than without).
     */
    void preload();
    /** Words per minute handed to espeak-ng (slower for elder mode). */
    void setRate(int wordsPerMinute) { m_rate = wordsPerMinute; }

    SpeechGuard &guard() { return m_guard; }
    int cacheHits() const;

signals:
    void chunkReady(const QByteArray &pcm, int sampleRate);
    /** The guard dropped a text (nothing of it is said). */
    void refused();
    /** preload() has finished; @p ok false when espeak-ng or its voice cannot be loaded. */
    void preloaded(bool ok);

private:
    SpeechGuard m_guard;
    QThread m_thread;
    SpeechWorker *m_worker = nullptr; ///< lives in m_thread; owned, deleted after it stops
    std::atomic<quint64> m_current{0};
    int m_rate = 150;
};

} // namespace jiujin

#include "speechworker.h"

#include "speechguard.h"
#include "speechnormalizer.h"
#include "speechpinyin.h"
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

void SpeechWorker::preload(int rate)
{
    // The first call of each stage pays for its setup: the guard's patterns (redact()), ICU's
    // Han-Latin transliterator and the phrase table (SpeechPinyin), the normaliser's patterns,
    // then dlopen + espeak_Initialize + the voice, and espeak-ng's own first synthesis. A fixed
    // text, never a citizen's, and not cached: it is no prompt. (A guard of its own: the
    // service's holds this visit's values and belongs to the caller's thread.)
    const QString text = QStringLiteral("您好，请到1号窗口。");
    SpeechGuard().admit(text);
    const QString pinyin = SpeechPinyin::read(SpeechNormalizer::normalize(text));
    const bool ok = SpeechSynthesizer::available();
    if (ok)
        SpeechSynthesizer::render(pinyin, rate);
    emit preloaded(ok);
}

} // namespace jiujin

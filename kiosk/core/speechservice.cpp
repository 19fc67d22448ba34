#include "speechservice.h"

#include "speechnormalizer.h"
#include "speechpinyin.h"
#include "speechsynthesizer.h"
#include "speechworker.h"

namespace jiujin {

SpeechService::SpeechService(qsizetype cacheBytes, QObject *parent) : QObject(parent)
{
    m_worker = new SpeechWorker(m_current, cacheBytes);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SpeechWorker::chunkReady, this,
            [this](quint64 utterance, const QByteArray &pcm, int rate) {
                if (utterance == m_current.load())
                    emit chunkReady(pcm, rate);
            });
    connect(m_worker, &SpeechWorker::preloaded, this, &SpeechService::preloaded);
    m_thread.setObjectName(QStringLiteral("speech"));
    m_thread.start();
}

SpeechService::~SpeechService()
{
    stop();
    m_thread.quit();
    m_thread.wait();
    // The thread's loop has ended, so a deleteLater would never run: delete it here.
    delete m_worker;
}

QStringList SpeechService::prepare(const QString &text)
{
    if (text.trimmed().isEmpty() || !m_guard.admit(text))
        return {};
    const QString pinyin = SpeechPinyin::read(SpeechNormalizer::normalize(text));
    // One sentence per render: the first is heard while the rest is made.
    QStringList sentences;
    QString current;
    for (QChar c : pinyin) {
        current += c;
        if (c == u'.') {
            sentences << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        sentences << current.trimmed();
    return sentences;
}

bool SpeechService::speak(const QString &text)
{
    const QStringList sentences = prepare(text);
    if (sentences.isEmpty()) {
        if (!text.trimmed().isEmpty())
            emit refused();
        return false;
    }
    const quint64 utterance = ++m_current;
    SpeechSynthesizer::cancel();
    QMetaObject::invokeMethod(m_worker, "render", Qt::QueuedConnection, Q_ARG(quint64, utterance),
                              Q_ARG(QStringList, sentences), Q_ARG(int, m_rate));
    return true;
}

void SpeechService::preload()
{
    QMetaObject::invokeMethod(m_worker, "preload", Qt::QueuedConnection, Q_ARG(int, m_rate));
}

void SpeechService::stop()
{
    ++m_current;
    SpeechSynthesizer::cancel();
}

int SpeechService::cacheHits() const
{
    return m_worker->hits();
}

} // namespace jiujin

#include "speechsynthesizer.h"

#include <QLibrary>
#include <QMutex>

#include <espeak-ng/speak_lib.h>

#include <atomic>

namespace jiujin {

namespace {
QMutex s_mutex; // espeak-ng's state is global
std::atomic<bool> s_cancel{false};
std::atomic<bool> s_loaded{false};
std::function<void(const QString &)> s_tap;

/** libespeak-ng's calls, resolved when the first sentence is spoken: the library (and the audio
 *  libraries it links) is opened on first use, not loaded with the kiosk before its first frame
 *  (DESIGN §9c). */
struct Api
{
    decltype(&espeak_Initialize) initialize = nullptr;
    decltype(&espeak_SetVoiceByName) setVoiceByName = nullptr;
    decltype(&espeak_SetSynthCallback) setSynthCallback = nullptr;
    decltype(&espeak_SetParameter) setParameter = nullptr;
    decltype(&espeak_Synth) synth = nullptr;
};

struct Engine
{
    bool ok = false;
    int rate = 0;
    QString error;
    Api api;
};

template <typename F> bool resolve(QLibrary &library, const char *name, F &into)
{
    into = reinterpret_cast<F>(library.resolve(name));
    return into != nullptr;
}

int collect(short *wav, int count, espeak_EVENT *events)
{
    auto *out = static_cast<QByteArray *>(events ? events->user_data : nullptr);
    if (out && wav && count > 0)
        out->append(reinterpret_cast<const char *>(wav), qsizetype(count) * 2);
    return s_cancel.load() ? 1 : 0; // 1 aborts the synthesis
}

Engine &engine()
{
    static Engine e = [] {
        Engine r;
        static QLibrary library(QStringLiteral("espeak-ng"), 1); // libespeak-ng.so.1
        Api &a = r.api;
        if (!library.load() || !resolve(library, "espeak_Initialize", a.initialize) ||
            !resolve(library, "espeak_SetVoiceByName", a.setVoiceByName) ||
            !resolve(library, "espeak_SetSynthCallback", a.setSynthCallback) ||
            !resolve(library, "espeak_SetParameter", a.setParameter) ||
            !resolve(library, "espeak_Synth", a.synth)) {
            r.error = QStringLiteral("libespeak-ng.so.1 could not be loaded (libespeak-ng1 "
                                     "missing?)");
            return r;
        }
        const int rate = a.initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, 0);
        if (rate <= 0) {
            r.error = QStringLiteral("espeak-ng could not start (espeak-ng-data missing?)");
            return r;
        }
        if (a.setVoiceByName("cmn-latn-pinyin") != EE_OK) {
            r.error = QStringLiteral("espeak-ng has no cmn-latn-pinyin voice");
            return r;
        }
        a.setSynthCallback(collect);
        r.ok = true;
        r.rate = rate;
        s_loaded = true;
        return r;
    }();
    return e;
}
} // namespace

bool SpeechSynthesizer::available()
{
    QMutexLocker lock(&s_mutex);
    return engine().ok;
}

bool SpeechSynthesizer::loaded()
{
    return s_loaded.load();
}

QString SpeechSynthesizer::error()
{
    QMutexLocker lock(&s_mutex);
    return engine().error;
}

int SpeechSynthesizer::sampleRate()
{
    QMutexLocker lock(&s_mutex);
    return engine().rate;
}

QByteArray SpeechSynthesizer::render(const QString &pinyin, int rate)
{
    QMutexLocker lock(&s_mutex);
    if (!engine().ok || pinyin.isEmpty())
        return {};
    s_cancel = false;
    if (s_tap)
        s_tap(pinyin);
    const Api &api = engine().api;
    api.setParameter(espeakRATE, qBound(espeakRATE_MINIMUM, rate, espeakRATE_MAXIMUM), 0);
    const QByteArray utf8 = pinyin.toUtf8();
    QByteArray pcm;
    const espeak_ERROR rc = api.synth(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER,
                                      0, espeakCHARS_UTF8, nullptr, &pcm);
    if (rc != EE_OK)
        return {};
    return pcm;
}

void SpeechSynthesizer::cancel()
{
    s_cancel = true;
}

void SpeechSynthesizer::setTap(std::function<void(const QString &)> tap)
{
    QMutexLocker lock(&s_mutex);
    s_tap = std::move(tap);
}

} // namespace jiujin

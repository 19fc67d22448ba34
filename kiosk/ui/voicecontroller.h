#pragma once

#include "published.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <QQuickItem>

namespace jiujin {

class AudioPlayer;
class FormModel;
class KioskSession;
class SpeechService;

/**
 * Voice guidance on the top bar (🔊 听): reads the current screen's title and instructions (its
 * Heading and BodyText items, and the names of its tiles, in reading order, found by walking the
 * page: no page is edited for it) and the focused element; in elder mode, or when the kiosk's
 * default is "elder", each new screen's instructions are read by themselves, and validation errors
 * of the forms are spoken as they are shown. A touch anywhere stops the voice. Chinese only: hidden
 * in English.
 */
class VoiceController : public QObject, public Published<VoiceController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Voice)
    QML_SINGLETON
    /** Shown on the top bar: Chinese screens (espeak-ng has no usable voice for the others). */
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    /** Voice on for this visit (the top bar's toggle); starts at the kiosk's default. */
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    /** 1 quiet, 2 normal, 3 loud. */
    Q_PROPERTY(int volume READ volume WRITE setVolume NOTIFY volumeChanged)
    /** New screens and errors are read without a tap (elder mode or the default "elder"). */
    Q_PROPERTY(bool autoRead READ autoRead NOTIFY autoReadChanged)
    /** espeak-ng and the pinyin tables are loaded (after the first frame): a tap is answered at
     *  once. */
    Q_PROPERTY(bool preloaded READ preloaded NOTIFY preloadedChanged)
public:
    /** @p defaultMode: on|off|elder (the kiosk setting "voice"; anything else is "on"). */
    VoiceController(KioskSession &session, SpeechService &speech, AudioPlayer &player,
                    QString defaultMode, QObject *parent = nullptr);
    ~VoiceController() override;

    bool available() const;
    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    int volume() const { return m_volume; }
    void setVolume(int level);
    bool autoRead() const;
    bool preloaded() const { return m_preloaded; }

    /** The 🔊 button: the page's title, instructions, then what has the focus. */
    Q_INVOKABLE void readPage(QQuickItem *page);
    /** A new screen is on top: read by itself when autoRead. */
    Q_INVOKABLE void pageShown(QQuickItem *page);
    /** Says @p text (if the voice is on and the guard lets it through). */
    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();

    /** Values typed into @p form are never spoken, and its errors are spoken when shown. */
    void watchForm(FormModel *form);

    /** What readPage() would say of @p page, piece by piece, before the guard (for tests). */
    static QStringList pageText(QQuickItem *page, bool withFocus = true);

signals:
    void availableChanged();
    void enabledChanged();
    void volumeChanged();
    void autoReadChanged();
    void preloadedChanged();
    /** Something was said (its text, after the guard): for tests and the screen walk. */
    void spoken(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void preloadAfterFirstFrame(QQuickItem *page);
    void speakPieces(const QStringList &pieces);
    void updatePersonalValues();
    void resetVisit();

    KioskSession &m_session;
    SpeechService &m_speech;
    AudioPlayer &m_player;
    QString m_defaultMode;
    bool m_enabled = true;
    bool m_used = false;         ///< the citizen pressed 听 this visit: errors are spoken too
    bool m_preloadArmed = false; ///< SpeechService::preload() waits for the first frame
    bool m_preloaded = false;
    int m_volume = 2;
    QList<QPointer<FormModel>> m_forms;
    QPointer<QQuickItem> m_pending; ///< the page to read when m_settle fires
    QTimer m_settle;                ///< lets a new page lay out before it is read
    QStringList m_errors;           ///< errors that appeared, spoken together
    QHash<const FormModel *, QHash<int, QString>> m_lastErrors; ///< per form and row
    QTimer m_errorBatch;
};

} // namespace jiujin

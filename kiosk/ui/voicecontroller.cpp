#include "voicecontroller.h"

#include "audioplayer.h"
#include "formmodel.h"
#include "kiosksession.h"
#include "speechservice.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace jiujin {

namespace {
bool isQmlType(const QObject *o, QLatin1String type)
{
    for (const QMetaObject *m = o->metaObject(); m; m = m->superClass()) {
        const QLatin1String name(m->className());
        if (name.startsWith(type) && name.size() > type.size() &&
            (name.mid(type.size()).startsWith(QLatin1String("_QMLTYPE")) ||
             name.mid(type.size()).startsWith(QLatin1String("_QML_"))))
            return true;
    }
    return false;
}

bool shown(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.01;
}

struct Piece
{
    QPointF at;
    QString text;
};

void collect(QQuickItem *item, QList<Piece> &out)
{
    if (!shown(item))
        return;
    const bool heading = isQmlType(item, QLatin1String("Heading"));
    if (heading || isQmlType(item, QLatin1String("BodyText"))) {
        const QString text = item->property("text").toString().trimmed();
        if (!text.isEmpty())
            out.append({item->mapToScene(QPointF(0, 0)), text});
        return;
    }
    // A screen of big tiles (home) has no instructions but its choices: their names are read.
    if (isQmlType(item, QLatin1String("TileButton"))) {
        const QString text = item->property("text").toString().trimmed();
        if (!text.isEmpty())
            out.append({item->mapToScene(QPointF(0, 0)), text});
        return;
    }
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

/** What a focused control is called: its accessible name or its label, never a typed value. */
QString focusName(QQuickItem *item)
{
    // Typed text (TextInput, TextEdit) is the citizen's own: never read it out.
    if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
        return {};
    for (const char *p : {"accessibleName", "text"}) {
        const QVariant v = item->property(p);
        if (v.isValid() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
    }
    return {};
}
} // namespace

VoiceController::VoiceController(KioskSession &session, SpeechService &speech, AudioPlayer &player,
                                 QString defaultMode, QObject *parent)
    : QObject(parent), m_session(session), m_speech(speech), m_player(player),
      m_defaultMode(std::move(defaultMode))
{
    m_enabled = m_defaultMode != QLatin1String("off");
    m_player.setVolume(0.55);
    connect(&m_speech, &SpeechService::chunkReady, &m_player, &AudioPlayer::append);
    connect(&m_session, &KioskSession::languageChanged, this, [this] {
        stop();
        emit availableChanged();
    });
    connect(&m_session, &KioskSession::elderModeChanged, this, [this] {
        m_speech.setRate(m_session.elderMode() ? 130 : 150);
        emit autoReadChanged();
    });
    connect(&m_session, &KioskSession::sessionEnded, this, &VoiceController::resetVisit);
    connect(&m_speech, &SpeechService::preloaded, this, [this](bool ok) {
        if (ok && !m_preloaded) {
            m_preloaded = true;
            emit preloadedChanged();
        }
    });
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_pending)
            speakPieces(pageText(m_pending, false));
    });
    m_errorBatch.setSingleShot(true);
    m_errorBatch.setInterval(50);
    connect(&m_errorBatch, &QTimer::timeout, this, [this] {
        const QStringList errors = std::exchange(m_errors, {});
        if (m_enabled && available() && (autoRead() || m_used))
            speakPieces(errors);
    });
    QCoreApplication::instance()->installEventFilter(this);
}

VoiceController::~VoiceController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool VoiceController::available() const
{
    return m_session.language() == QLatin1String("zh");
}

void VoiceController::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    if (!on)
        stop();
    emit enabledChanged();
}

void VoiceController::setVolume(int level)
{
    level = qBound(1, level, 3);
    if (m_volume == level)
        return;
    m_volume = level;
    m_player.setVolume(level == 1 ? 0.3 : level == 2 ? 0.55 : 1.0);
    emit volumeChanged();
}

bool VoiceController::autoRead() const
{
    return m_session.elderMode() || m_defaultMode == QLatin1String("elder");
}

QStringList VoiceController::pageText(QQuickItem *page, bool withFocus)
{
    QStringList out;
    if (!page)
        return out;
    QList<Piece> pieces;
    collect(page, pieces);
    // Reading order: top to bottom, then left to right within a line (a few pixels of slack).
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) {
        if (qAbs(a.at.y() - b.at.y()) > 8)
            return a.at.y() < b.at.y();
        return a.at.x() < b.at.x();
    });
    for (const Piece &p : pieces)
        out << p.text;
    if (withFocus && page->window()) {
        QQuickItem *focus = page->window()->activeFocusItem();
        if (focus && focus != page && page->isAncestorOf(focus) &&
            !isQmlType(focus, QLatin1String("Heading"))) {
            const QString name = focusName(focus);
            if (!name.isEmpty() && !out.contains(name))
                out << name;
        }
    }
    return out;
}

void VoiceController::readPage(QQuickItem *page)
{
    m_used = true;
    if (!m_enabled || !available())
        return;
    m_settle.stop();
    speakPieces(pageText(page, true));
}

void VoiceController::preloadAfterFirstFrame(QQuickItem *page)
{
    // Otherwise the first tap of the day sets the voice up: ICU's transliterator on the UI
    // thread, then espeak-ng, opened on first use (DESIGN §9c). The first page's first frame is
    // the earliest moment that delays no one (DESIGN §9a, "Preload after the first frame").
    if (m_preloadArmed || !page || !page->window())
        return;
    m_preloadArmed = true;
    connect(
        page->window(), &QQuickWindow::frameSwapped, this, [this] { m_speech.preload(); },
        Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void VoiceController::pageShown(QQuickItem *page)
{
    preloadAfterFirstFrame(page);
    stop();
    if (!m_enabled || !available() || !autoRead() || !page)
        return;
    m_pending = page;
    m_settle.start();
}

void VoiceController::say(const QString &text)
{
    if (m_enabled && available())
        speakPieces({text});
}

void VoiceController::stop()
{
    m_settle.stop();
    m_speech.stop();
    m_player.stop();
}

void VoiceController::speakPieces(const QStringList &pieces)
{
    // Each piece passes the guard by itself: one personal line (the review screen's name) is
    // dropped, the rest of the screen is still read.
    QStringList kept;
    for (const QString &p : pieces) {
        if (m_speech.guard().admit(p))
            kept << p;
    }
    stop();
    if (kept.isEmpty())
        return;
    // Each piece ends a sentence, so that a title and the instructions under it are not run
    // together.
    QString text;
    for (const QString &k : kept) {
        text += k;
        if (!QStringLiteral("。！？!?：:").contains(k.back()))
            text += QStringLiteral("。");
        text += QLatin1Char('\n');
    }
    if (m_speech.speak(text))
        emit spoken(text);
}

void VoiceController::watchForm(FormModel *form)
{
    m_forms << form;
    auto personal = [this] { updatePersonalValues(); };
    connect(form, &QAbstractItemModel::modelReset, this, [this, form, personal] {
        m_lastErrors.remove(form);
        personal();
    });
    connect(form, &QAbstractItemModel::dataChanged, this,
            [this, form](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                updatePersonalValues();
                if (!roles.isEmpty() && !roles.contains(FormModel::ErrorRole))
                    return;
                for (int r = from.row(); r <= to.row(); ++r) {
                    const QModelIndex i = form->index(r);
                    const QString error = i.data(FormModel::ErrorRole).toString();
                    QString &last = m_lastErrors[form][r];
                    const bool fresh = error != last; // not again on every key of a field
                    last = error;
                    if (!error.isEmpty() && fresh)
                        m_errors << i.data(FormModel::LabelRole).toString() + QStringLiteral("：") +
                                        error;
                }
                if (!m_errors.isEmpty())
                    m_errorBatch.start();
            });
}

void VoiceController::updatePersonalValues()
{
    QStringList values;
    for (const QPointer<FormModel> &form : std::as_const(m_forms)) {
        if (!form)
            continue;
        for (int r = 0; r < form->rowCount(); ++r) {
            const QModelIndex i = form->index(r);
            const QString type = i.data(FormModel::TypeRole).toString();
            if (type == QLatin1String("select") || type == QLatin1String("checkbox") ||
                type == QLatin1String("date"))
                continue; // a choice among the form's own options is no one's identity
            values << i.data(FormModel::ValueRole).toString();
        }
    }
    m_speech.guard().setPersonalValues(values);
}

void VoiceController::resetVisit()
{
    stop();
    m_used = false;
    m_lastErrors.clear();
    setEnabled(m_defaultMode != QLatin1String("off"));
    setVolume(2);
}

bool VoiceController::eventFilter(QObject *watched, QEvent *event)
{
    // A touch anywhere stops the voice (the 🔊 button's own tap then starts it again on release).
    if ((event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin) &&
        qobject_cast<QQuickWindow *>(watched))
        stop();
    return QObject::eventFilter(watched, event);
}

} // namespace jiujin

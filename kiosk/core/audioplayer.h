#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace jiujin {

class AudioOutput;

/**
 * Plays 16-bit mono PCM chunks one after the other on an ALSA device (jiujin.conf's [kiosk] audio,
 * default "default"). The output itself is in the audio plugin (kiosk/audio, libasound), loaded on
 * the first sound, so nothing of it is loaded before the kiosk's first frame (DESIGN §9c); it
 * plays on a thread of its own. Without a sound card (for the device "default"), the plugin, or a
 * device that opens, every call is a no-op, so the kiosk runs the same with or without a
 * loudspeaker.
 */
class AudioPlayer : public QObject
{
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    /** The ALSA device to play on; takes effect before the first sound only. Without a call,
     *  configuredDevice() at the first sound. */
    void setDevice(const QString &device) { m_device = device; }
    /** [kiosk] audio of the config file (KioskConfig), else "default". */
    static QString configuredDevice();

    /** Loads the plugin (the first time) unless the device is "default" and there is no sound
     *  card. */
    bool hasDevice();
    /** Queues @p pcm; returns at once (the output's thread writes it to the device). */
    void append(const QByteArray &pcm, int sampleRate);
    /** Silences the device at once (snd_pcm_drop) and forgets what was queued. */
    void stop();
    /** 0.0 (silent) to 1.0; kept until the output is loaded. */
    void setVolume(double volume);
    /** Sound is in the device: from the first frame written until it is played or stopped. */
    bool playing() const;

    /** For jiujinctl doctor: opens @p device and plays 100 ms of silence. Empty when it works,
     *  else what failed (no personal data). */
    static QString probe(const QString &device);

    /** Loads the audio plugin (the first call only; a sound card is not needed). Empty when it is
     *  loaded, else why not. */
    static QString loadPlugin();
    /** Where the plugin is looked for: $JIUJIN_AUDIO_PLUGIN, else beside the installed
     *  executable (../lib/<arch>/jiujin/), else the build tree's. */
    static QString pluginPath();

signals:
    /** playing() may have changed (its first frame reached the device, or it ended). */
    void playingChanged();

private:
    AudioOutput *output();

    std::unique_ptr<AudioOutput> m_output;
    QString m_device;     ///< empty: configuredDevice()
    bool m_tried = false; ///< output() looked for the plugin already
    double m_volume = 0.8;
};

} // namespace jiujin

#pragma once

#include "formschema.h"
#include "submissionservice.h"

#include <QAbstractListModel>
#include <QDate>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace jiujin {

struct CardData;

/**
 * The fields of one application form, built from the item's schema. Values live only here, in
 * memory; every change is validated at once by kiosk/core and the message sits on the row.
 * Messages for fields still empty appear only after showAllErrors() (the citizen pressed 下一步).
 */
class FormModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Apply controller")
    Q_PROPERTY(bool complete READ complete NOTIFY completeChanged)
    Q_PROPERTY(int firstErrorRow READ firstErrorRow NOTIFY completeChanged)
public:
    enum Role {
        FieldIdRole = Qt::UserRole + 1,
        LabelRole,
        TypeRole, ///< text|number|date|select|checkbox|multiline|id_number|phone|address
        ValueRole,
        ErrorRole,
        RequiredRole,
        FromCardRole, ///< filled by the ID card reader
        OptionValuesRole,
        OptionLabelsRole,
        ReviewValueRole, ///< as the review screen shows it: ID and phone numbers masked, option labels
    };

    explicit FormModel(std::function<bool()> english, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const FormSchema &schema, QDate today);
    /** Sets a field as typed or picked; validates it. A typed value clears its from-card mark. */
    Q_INVOKABLE void setValue(int row, const QString &value);
    /** Fills the fields that map to the card's fields and marks them as read from the card. */
    void fillFromCard(const CardData &card);
    Q_INVOKABLE void showAllErrors();
    /** Takes in problems found by the service (e.g. after a catalogue change). */
    void setErrors(const QHash<QString, QString> &problems);
    bool complete() const;
    int firstErrorRow() const;
    /** Copies values and card marks into @p app. */
    void fill(Application &app) const;
    /** Overwrites and drops every value. */
    void wipe();
    /** Re-words messages and labels after a language change. */
    void retranslate();

Q_SIGNALS:
    void completeChanged();

private:
    struct Row
    {
        FieldSpec spec;
        QString value, error;
        bool fromCard = false;
    };
    void validate(int row);
    QString optionLabel(const Row &row) const;
    std::function<bool()> m_english;
    QList<Row> m_rows;
    QDate m_today;
    bool m_showAll = false;
};

/** The materials of the item being applied for, and how the citizen provides each. */
class MaterialChoiceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Apply controller")
    Q_PROPERTY(bool complete READ complete NOTIFY completeChanged)
    Q_PROPERTY(int waitingRow READ waitingRow NOTIFY waitingRowChanged) ///< row waiting for a QR scan, or -1
public:
    static constexpr qsizetype maxPictures = 20; ///< pictures one application carries at most
    static constexpr qsizetype maxPictureBytes = 8 * 1024 * 1024; ///< one picture, as scanned
    static constexpr qsizetype maxPicturesTotalBytes = 40 * 1024 * 1024; ///< all of them
    enum Role {
        NameRole = Qt::UserRole + 1,
        NoteRole,
        FormRole, ///< 原件 / 复印件 ... in the current language
        RequiredRole,
        AllowsToFollowRole, ///< 容缺
        AllowsCommitmentRole, ///< 告知承诺
        ECertificateRole, ///< the material is an e-certificate
        ChoiceRole, ///< none|attached|e_certificate|to_follow|committed
        PicturesRole, ///< number of pictures attached
        ErrorRole,
    };

    explicit MaterialChoiceModel(std::function<bool()> english, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const QJsonArray &materials);
    Q_INVOKABLE void markToFollow(int row);
    Q_INVOKABLE void markCommitted(int row);
    Q_INVOKABLE void clearChoice(int row);
    /** Expects the next QR scan for @p row (an e-certificate); -1 stops waiting. */
    Q_INVOKABLE void waitForCertificate(int row);
    void addPicture(int row, const QByteArray &bytes, const QString &mimeType);
    void certificateScanned(const QString &text);
    void setErrors(const QHash<QString, QString> &problems);
    bool complete() const;
    int waitingRow() const { return m_waiting; }
    void fill(Application &app) const;
    void wipe();
    void retranslate();

Q_SIGNALS:
    void completeChanged();
    void waitingRowChanged();

private:
    void changed(int row);
    std::function<bool()> m_english;
    QJsonArray m_materials;
    QList<MaterialEntry> m_entries;
    QList<QString> m_errors;
    int m_waiting = -1;
};

} // namespace jiujin

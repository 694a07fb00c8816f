// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangoauthmode.h>
#include <NangoQt/nangoqtcore_export.h>

#include <QAbstractListModel>
#include <QUrl>
#include <QVariantList>

#include <memory>

class NangoIntegrationsModelPrivate;

/**
 * @brief The integrations a session may connect, as a list model (Qt Core only).
 *
 * One row per entry of GET /integrations; Qt::DisplayRole is the display name. QML sees the
 * roles by their names (`uniqueKey`, `displayName`, `provider`, `logoUrl`, `authMode`).
 * NangoCatalog::integrationsModel() keeps one up to date; setIntegrations() fills one by hand.
 */
class NANGOQT_CORE_EXPORT NangoIntegrationsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        UniqueKeyRole = Qt::UserRole + 1, ///< `unique_key`: the integration id to connect
        DisplayNameRole,                  ///< `display_name` (else the unique key)
        ProviderRole,                     ///< `provider`: the providers.yaml entry
        LogoUrlRole,                      ///< `logo` as a QUrl (resolved against the host)
        AuthModeRole,                     ///< NangoAuthMode::Mode (Unknown until the provider is known)
        AuthModeNameRole,                 ///< the provider's `auth_mode` string ("" until known)
    };
    Q_ENUM(Role)

    explicit NangoIntegrationsModel(QObject *parent = nullptr);
    ~NangoIntegrationsModel() override;

    /// Replaces the rows with @p integrations (GET /integrations's `data`); relative logo URLs
    /// resolve against @p base.
    void setIntegrations(const QVariantList &integrations, const QUrl &base = QUrl());
    /// The auth mode of every row whose provider is @p provider (from its definition's `auth_mode`).
    void setProviderAuthMode(const QString &provider, const QString &authModeName);

    /// The row of @p uniqueKey, -1 when none.
    Q_INVOKABLE int indexOf(const QString &uniqueKey) const;
    /// Row @p row as a map of role name → value (empty outside the rows).
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    std::unique_ptr<NangoIntegrationsModelPrivate> const d;
};

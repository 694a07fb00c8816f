// SPDX-License-Identifier: MIT
#pragma once

#include <NangoQt/nangocredentialsform.h>

class NangoCatalog;
class NangoIntegrationFormPrivate;

/**
 * @brief The form a provider's schema asks for: a view over a NangoCredentialsFormModel whose
 * fields come from the provider (NangoCredentialsFormModel::setSchema(), or a NangoCatalog).
 *
 * Each field of the model is a labelled row (buddy, accessible name and description, objectName
 * `<key>Edit`): a line edit with the example as placeholder, the prefix and suffix beside it,
 * password echo with a Show toggle (`<key>EditShow`) for secrets, a combo box for an enum; its
 * description under it, a link to the provider's guide at the field's section, and the field's
 * validation problem right under it (announced as an alert). Fields appear and disappear as
 * their `visible_when` holds. The server's error is shown under the form; Connect is busy
 * while the request runs. When nothing is left to ask (NangoCredentialsFormModel::connectsAtOnce())
 * the form says so and connects as soon as it is shown. Enter submits.
 *
 * @code
 * auto *form = new NangoIntegrationForm(nango);
 * form->setCatalog(catalog);            // reads the integration, its provider and the session's presets
 * form->setIntegrationId(QStringLiteral("posthog-dev"));
 * @endcode
 */
class NANGOQT_WIDGETS_EXPORT NangoIntegrationForm : public NangoCredentialsForm
{
    Q_OBJECT
public:
    /// An empty form on @p auth: give it a schema (model()->setSchema()) or a catalog and an integration.
    explicit NangoIntegrationForm(NangoAuth *auth, QWidget *parent = nullptr);
    ~NangoIntegrationForm() override;

    /// The model's catalog (NangoCredentialsFormModel::setCatalog()).
    NangoCatalog *catalog() const;
    /// Sets the model's catalog (see catalog()).
    void setCatalog(NangoCatalog *catalog);

    /**
     * Whether a form with nothing to ask (NangoCredentialsFormModel::connectsAtOnce()) submits
     * itself as soon as it is shown (the default). A host whose model connects such forms
     * itself (NangoConnectDialog) turns it off; the form then says there is nothing to enter
     * and waits for Connect.
     */
    bool autoConnect() const;
    /// Sets autoConnect() (see there).
    void setAutoConnect(bool autoConnect);

protected:
    /// Focuses the first empty field; with autoConnect() on, a form with nothing to ask submits now.
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void updateVisibility();
    void showFieldError();
    std::unique_ptr<NangoIntegrationFormPrivate> const d;
};

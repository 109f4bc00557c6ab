/**
 * The SDK's connector client made safe: plain JSON, no redirects, the service URL checked on every request.
 */
package io.postkamer.dialogs.connector;

/**
 * Alerts pushed out: {@link org.newsgraph.server.alerts.WebhookDispatcher} POSTs each saved search's new matching
 * events to its webhook, remembering what it delivered in {@link org.newsgraph.server.alerts.DeliveryState}.
 */
package org.newsgraph.server.alerts;

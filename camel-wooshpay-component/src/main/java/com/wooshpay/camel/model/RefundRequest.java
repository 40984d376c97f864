package com.wooshpay.camel.model;

/**
 * Body of {@code refund/create}. Leave the amount out to refund the whole captured amount.
 *
 * <pre>
 * new RefundRequest().paymentIntent("pi_1664204164491640832").amount(500).reason("requested_by_customer")
 * </pre>
 */
public final class RefundRequest extends AbstractRequest<RefundRequest> {

    public RefundRequest paymentIntent(String paymentIntentId) {
        return param("payment_intent", paymentIntentId);
    }

    public RefundRequest amount(long amount) {
        return param("amount", amount);
    }

    /** {@code duplicate}, {@code fraudulent}, {@code requested_by_customer} or {@code resolved_dispute}. */
    public RefundRequest reason(String reason) {
        return param("reason", reason);
    }
}

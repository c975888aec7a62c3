/**
 * A readable title for each simulator scenario, in both languages, keyed `provider/name`: what
 * happened to the payment, as a support person would say it. The scenario's own description (from
 * its package, for developers) is shown under it. A scenario missing here still shows, under its
 * name; a test lists the missing ones.
 */
export const SCENARIO_TITLES: Readonly<Record<string, { readonly en: string; readonly tr: string }>> = {
  'iyzico/succeeded': {
    en: 'Paid, but refunds not checked yet',
    tr: 'Ödendi, ancak iadeler henüz kontrol edilmedi',
  },
  'iyzico/succeeded-signed': {
    en: 'Paid, signed answer, refunds not checked yet',
    tr: 'Ödendi, imzalı cevap, iadeler henüz kontrol edilmedi',
  },
  'iyzico/cancelled': {
    en: 'Paid, then cancelled (asked by payment id)',
    tr: 'Ödendi, sonra iptal edildi (ödeme numarasıyla soruldu)',
  },
  'iyzico/cancelled-by-conversation-id': {
    en: 'Paid, then cancelled (asked by your order number)',
    tr: 'Ödendi, sonra iptal edildi (sipariş numaranızla soruldu)',
  },
  'iyzico/checkout-form-cancelled': {
    en: 'Paid on the payment page, then cancelled',
    tr: 'Ödeme sayfasında ödendi, sonra iptal edildi',
  },
  'iyzico/refunded': { en: 'Paid, then refunded in full', tr: 'Ödendi, sonra tamamı iade edildi' },
  'iyzico/checkout-form-refunded': {
    en: 'Paid on the payment page, then refunded in full',
    tr: 'Ödeme sayfasında ödendi, sonra tamamı iade edildi',
  },
  'iyzico/partially-refunded': {
    en: 'Paid, then part of it refunded',
    tr: 'Ödendi, sonra bir kısmı iade edildi',
  },
  'iyzico/checkout-form-partially-refunded': {
    en: 'Paid on the payment page, then part of it refunded',
    tr: 'Ödeme sayfasında ödendi, sonra bir kısmı iade edildi',
  },
  'iyzico/succeeded-not-refunded': {
    en: 'Paid, checked for refunds: safe to ship',
    tr: 'Ödendi, iadeler kontrol edildi: gönderilebilir',
  },
  'iyzico/authorized': {
    en: 'Card blocked (pre-authorised), not charged yet',
    tr: 'Kartta provizyon alındı, henüz tahsil edilmedi',
  },
  'iyzico/succeeded-post-auth': {
    en: 'Pre-authorisation charged (captured)',
    tr: 'Provizyon tahsil edildi (kapatıldı)',
  },
  'iyzico/under-review': {
    en: 'Money taken, iyzico’s fraud review pending',
    tr: 'Para çekildi, iyzico’nun sahtecilik incelemesi sürüyor',
  },
  'iyzico/fraud-rejected': {
    en: 'Rejected by iyzico’s fraud check',
    tr: 'iyzico’nun sahtecilik kontrolü reddetti',
  },
  'iyzico/failed': {
    en: 'Card declined: insufficient funds',
    tr: 'Kart reddedildi: yetersiz bakiye',
  },
  'iyzico/threeds-initialized': {
    en: 'Customer is at the bank’s 3-D Secure page',
    tr: 'Müşteri bankanın 3-D Secure sayfasında',
  },
  'iyzico/threeds-callback': {
    en: '3-D Secure done, your shop must complete the payment',
    tr: '3-D Secure tamam, ödemeyi mağazanız tamamlamalı',
  },
  'iyzico/bkm-pos-selected': {
    en: 'Customer picked a card in BKM Express, not paid yet',
    tr: 'Müşteri BKM Express’te kart seçti, henüz ödemedi',
  },
  'iyzico/callback-pecco': {
    en: 'Waiting for the PeCCo confirmation',
    tr: 'PeCCo onayı bekleniyor',
  },
  'iyzico/unknown-payment-status': {
    en: 'A status iyzico does not document',
    tr: 'iyzico’nun belgelemediği bir durum',
  },
  'iyzico/apm-initialized': {
    en: 'Paying by another method, no money yet',
    tr: 'Başka bir yöntemle ödeniyor, henüz para yok',
  },
  'iyzico/contactless-initialized': {
    en: 'In-store contactless payment started, not completed',
    tr: 'Mağazada temassız ödeme başladı, tamamlanmadı',
  },
  'iyzico/checkout-form-bank-transfer-initialized': {
    en: 'Paying by bank transfer, waiting for the money',
    tr: 'Havaleyle ödeniyor, para bekleniyor',
  },
  'iyzico/checkout-form-credit-initialized': {
    en: 'Shopping-credit application started',
    tr: 'Alışveriş kredisi başvurusu başladı',
  },
  'iyzico/checkout-form-credit-pending': {
    en: 'Shopping credit waiting for the lender',
    tr: 'Alışveriş kredisi kredi verenin kararını bekliyor',
  },
  'iyzico/threeds-callback-passed': {
    en: '3-D Secure passed, your shop must complete the payment',
    tr: '3-D Secure geçildi, ödemeyi mağazanız tamamlamalı',
  },
  'iyzico/threeds-callback-failed': {
    en: '3-D Secure failed: the payment will not go through',
    tr: '3-D Secure başarısız: ödeme gerçekleşmeyecek',
  },
  'iyzico/threeds-callback-undocumented-md-status': {
    en: '3-D Secure result iyzico does not define',
    tr: 'iyzico’nun tanımlamadığı bir 3-D Secure sonucu',
  },
  'iyzico/item-under-review': {
    en: 'Paid, but one item is still in fraud review',
    tr: 'Ödendi, ancak bir ürün hâlâ sahtecilik incelemesinde',
  },
  'iyzico/items-all-rejected': {
    en: 'Every item rejected by the fraud review',
    tr: 'Sahtecilik incelemesi tüm ürünleri reddetti',
  },
  'iyzico/item-rejected': {
    en: 'Paid, but one of two items rejected: contradictory',
    tr: 'Ödendi, ancak iki üründen biri reddedildi: çelişkili',
  },
  'iyzico/authorized-not-refunded': {
    en: 'Card blocked (pre-authorised), checked for refunds',
    tr: 'Kartta provizyon alındı, iadeler kontrol edildi',
  },
  'iyzico/reporting-status-disagrees': {
    en: 'Payment and report disagree',
    tr: 'Ödeme cevabı ile rapor birbirini tutmuyor',
  },
  'iyzico/refunded-with-trailing-space': {
    en: 'Refunded in full (report text with a stray space)',
    tr: 'Tamamı iade edildi (rapor metninde fazladan boşluk)',
  },
  'iyzico/success-without-fraud-status': {
    en: 'Says success, but no fraud check result',
    tr: 'Başarılı diyor, ancak sahtecilik kontrolü sonucu yok',
  },
  'iyzico/checkout-form-succeeded': {
    en: 'Paid on the payment page, marketplace item awaiting approval',
    tr: 'Ödeme sayfasında ödendi, pazaryeri ürünü onay bekliyor',
  },
  'iyzico/session-inactive': {
    en: 'Saved-card session used up (paid by card)',
    tr: 'Kayıtlı kart oturumu kullanıldı (kartla ödendi)',
  },
  'iyzico/session-active-wallet': {
    en: 'Session still open, paid from the iyzico wallet',
    tr: 'Oturum hâlâ açık, iyzico cüzdanından ödendi',
  },
  'iyzico/payment-not-found': {
    en: 'No payment with this order number',
    tr: 'Bu sipariş numarasıyla ödeme yok',
  },
  'iyzico/checkout-form-token-not-found': {
    en: 'No payment page with this token',
    tr: 'Bu token ile ödeme sayfası yok',
  },
  'iyzico/session-not-found': { en: 'No such session', tr: 'Böyle bir oturum yok' },
  'iyzico/invalid-request': {
    en: 'iyzico refuses the request as invalid',
    tr: 'iyzico isteği geçersiz sayıyor',
  },
  'iyzico/provider-refusal': {
    en: 'iyzico refuses: 3-D Secure required',
    tr: 'iyzico reddediyor: 3-D Secure gerekli',
  },
  'iyzico/answer-about-another-payment': {
    en: 'An answer about another payment, refused',
    tr: 'Başka bir ödemeye ait cevap, reddedildi',
  },
  'iyzico/failure-with-payment-fields': {
    en: 'Error answer that also carries payment fields',
    tr: 'Ödeme alanları da taşıyan hata cevabı',
  },

  'esnekpos/payment-request-paid-after-failure': {
    en: 'Payment link paid on the second try',
    tr: 'Ödeme linki ikinci denemede ödendi',
  },
  'esnekpos/payment-request-paid-thousands': {
    en: 'Payment link paid 1.250,00 TL',
    tr: 'Ödeme linkiyle 1.250,00 TL ödendi',
  },
  'esnekpos/payment-request-paid-decomposed-text': {
    en: 'Payment link paid (status text in an unusual encoding)',
    tr: 'Ödeme linki ödendi (durum metni alışılmadık kodlamada)',
  },
  'esnekpos/payment-request-pending': {
    en: 'Payment link: a payment is in progress',
    tr: 'Ödeme linki: bir ödeme sürüyor',
  },
  'esnekpos/payment-request-awaiting-3d': {
    en: 'Payment link: customer at the bank’s 3-D Secure page',
    tr: 'Ödeme linki: müşteri bankanın 3-D Secure sayfasında',
  },
  'esnekpos/payment-request-only-failed': {
    en: 'Payment link: two tries failed, still payable',
    tr: 'Ödeme linki: iki deneme başarısız, hâlâ ödenebilir',
  },
  'esnekpos/payment-request-no-attempts': {
    en: 'Payment link nobody has tried to pay',
    tr: 'Kimsenin ödemeyi denemediği ödeme linki',
  },
  'esnekpos/payment-request-cancelled': {
    en: 'Payment link paid, then cancelled',
    tr: 'Ödeme linki ödendi, sonra iptal edildi',
  },
  'esnekpos/payment-request-refunded': {
    en: 'Payment link paid, then refunded',
    tr: 'Ödeme linki ödendi, sonra iade edildi',
  },
  'esnekpos/payment-request-unknown-text': {
    en: 'Payment link with a status text durum does not know',
    tr: 'durum’un tanımadığı bir durum metni olan ödeme linki',
  },
  'esnekpos/order-paid-recorded': {
    en: 'Order paid 151,25 TL, fee paid by the buyer (recorded)',
    tr: 'Sipariş 151,25 TL ödendi, komisyonu alıcı ödedi (kayıt)',
  },
  'esnekpos/order-declined-recorded': {
    en: 'Order declined by the bank: insufficient limit (recorded)',
    tr: 'Sipariş banka tarafından reddedildi: limit yetersiz (kayıt)',
  },
  'esnekpos/order-not-found-recorded': {
    en: 'Payment page opened, never paid: no record (recorded)',
    tr: 'Ödeme sayfası açıldı, hiç ödenmedi: kayıt yok (kayıt)',
  },
  'esnekpos/order-paid': {
    en: 'Order paid after 3-D Secure',
    tr: 'Sipariş 3-D Secure sonrası ödendi',
  },
  'esnekpos/order-pending': {
    en: 'Order not paid yet',
    tr: 'Sipariş henüz ödenmedi',
  },
  'esnekpos/order-awaiting-3d': {
    en: 'Order waiting for the customer’s 3-D Secure',
    tr: 'Sipariş müşterinin 3-D Secure doğrulamasını bekliyor',
  },
  'esnekpos/order-cancelled': { en: 'Order paid, then cancelled', tr: 'Sipariş ödendi, sonra iptal edildi' },
  'esnekpos/order-cancelled-return-code': {
    en: 'Order cancelled (said in the answer’s code)',
    tr: 'Sipariş iptal edildi (cevabın kodunda belirtildi)',
  },
  'esnekpos/order-cancel-failed': {
    en: 'Order paid; a cancel failed, so it stays paid',
    tr: 'Sipariş ödendi; iptal başarısız oldu, ödeme geçerli',
  },
  'esnekpos/order-refunded': {
    en: 'Order paid, then refunded in full',
    tr: 'Sipariş ödendi, sonra tamamı iade edildi',
  },
  'esnekpos/order-refunded-less-commission': {
    en: 'Order refunded in full, less the buyer’s fee',
    tr: 'Sipariş, alıcının ödediği komisyon dışında tamamen iade edildi',
  },
  'esnekpos/order-partially-refunded': {
    en: 'Order paid 1.250,00 TL, 151,25 TL refunded',
    tr: 'Sipariş 1.250,00 TL ödendi, 151,25 TL iade edildi',
  },
  'esnekpos/order-refund-failed': {
    en: 'Order paid; a refund failed, so it stays paid',
    tr: 'Sipariş ödendi; iade başarısız oldu, ödeme geçerli',
  },
  'esnekpos/order-paid-row-error-code': {
    en: 'Paid row, but the answer says error: not proven',
    tr: 'Ödendi satırı var, ancak cevap hata diyor: kanıtlanmadı',
  },
  'esnekpos/order-paid-no-success-transaction': {
    en: 'Paid row without a successful transaction number',
    tr: 'Başarılı işlem numarası olmayan ödendi satırı',
  },
  'esnekpos/order-success-over-pending-row': {
    en: 'Says success while the payment is still pending',
    tr: 'Ödeme hâlâ beklerken başarılı diyor',
  },
  'esnekpos/order-status-conflict': {
    en: 'Status number and status text disagree',
    tr: 'Durum numarası ile durum metni çelişiyor',
  },
  'esnekpos/payment-request-not-found': {
    en: 'No payment link with this number',
    tr: 'Bu numarayla ödeme linki yok',
  },
  'esnekpos/payment-request-field-error': {
    en: 'Payment link number is not a number',
    tr: 'Ödeme linki numarası sayı değil',
  },
  'esnekpos/payment-request-general-error': {
    en: 'EsnekPOS answers with a general error',
    tr: 'EsnekPOS genel bir hatayla cevap veriyor',
  },
  'esnekpos/order-general-error': {
    en: 'Order query answers with a general error',
    tr: 'Sipariş sorgusu genel bir hatayla cevap veriyor',
  },

  'paytr/paid': { en: 'Order paid 10,8 TL by card', tr: 'Sipariş kartla 10,8 TL ödendi' },
  'paytr/paid-instalments': {
    en: 'Order paid in 3 instalments',
    tr: 'Sipariş 3 taksitle ödendi',
  },
  'paytr/paid-test-mode': {
    en: 'Test payment of 49,90 TL',
    tr: '49,90 TL’lik test ödemesi',
  },
  'paytr/partially-refunded': {
    en: 'Order paid, then 1 TL refunded',
    tr: 'Sipariş ödendi, sonra 1 TL iade edildi',
  },
  'paytr/refunded': {
    en: 'Order paid, then refunded in two parts',
    tr: 'Sipariş ödendi, sonra iki parçada iade edildi',
  },
  'paytr/refunded-order-amount': {
    en: 'Order amount refunded, instalment surcharge kept',
    tr: 'Sipariş tutarı iade edildi, taksit farkı kaldı',
  },
  'paytr/refund-not-completed': {
    en: 'Refund accepted but not completed yet',
    tr: 'İade kabul edildi ancak henüz tamamlanmadı',
  },
  'paytr/no-successful-payment': {
    en: 'No successful payment for the order yet',
    tr: 'Sipariş için henüz başarılı ödeme yok',
  },
  'paytr/no-transaction': {
    en: 'No transaction at all for the order',
    tr: 'Sipariş için hiç işlem yok',
  },
  'paytr/no-payment-window-open': {
    en: 'Not paid yet, the payment window is still open',
    tr: 'Henüz ödenmedi, ödeme süresi hâlâ açık',
  },
  'paytr/no-payment-after-deadline': {
    en: 'Not paid, and the payment window has closed',
    tr: 'Ödenmedi ve ödeme süresi doldu',
  },
  'paytr/undocumented-status': {
    en: 'A status word PayTR does not document',
    tr: 'PayTR’ın belgelemediği bir durum kelimesi',
  },
  'paytr/undocumented-error-number': {
    en: 'An error number PayTR does not list',
    tr: 'PayTR’ın listelemediği bir hata numarası',
  },
}

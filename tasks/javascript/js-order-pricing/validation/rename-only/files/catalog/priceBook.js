'use strict';
/*
 * Price book of the catalog component.
 *
 * Legacy module: prices are integer cents, dates are ISO strings (YYYY-MM-DD). The function
 * names date from the first version of the shop and are used by the checkout component.
 */

var MIN_PRICE_RATIO = 0.65;

function findProduct(products, sku) {
  var key = String(sku).trim().toUpperCase();
  for (var i = 0; i < products.length; i++) {
    if (products[i].sku === key) {
      return products[i];
    }
  }
  return null;
}

// unit price of a product for a quantity, customer tier, promo code and date
function quoteUnitPrice(product, qty, tier, promoCode, asOf) {
  if (!product || typeof product.listPrice !== 'number' || product.listPrice < 0) {
    throw new TypeError('invalid product: ' + (product ? product.sku : product));
  }
  if (typeof qty !== 'number' || qty % 1 !== 0 || qty < 1) {
    throw new RangeError('invalid quantity for ' + product.sku + ': ' + qty);
  }
  if (product.discontinued) {
    throw new Error('discontinued: ' + product.sku);
  }
  var price = product.listPrice;
  var onSale = false;
  if (product.sale) {
    if (asOf && asOf >= product.sale.from && asOf <= product.sale.until) {
      if (product.sale.price < price) {
        price = product.sale.price;
        onSale = true;
      }
    }
  }
  var pct = 0;
  if (tier) {
    if (tier === 'gold') {
      pct = 10;
    } else if (tier === 'silver') {
      pct = 5;
    } else if (tier === 'staff') {
      if (!onSale) {
        pct = 30;
      }
    } else if (tier !== 'standard') {
      throw new Error('unknown tier: ' + tier);
    }
  }
  if (product.category !== 'clearance' && tier !== 'staff') {
    if (qty >= 100) {
      pct = pct + 8;
    } else if (qty >= 50) {
      pct = pct + 5;
    } else if (qty >= 10) {
      pct = pct + 2;
    }
  }
  if (promoCode) {
    var code = String(promoCode).trim().toUpperCase();
    if (code === 'SAVE10') {
      if (!onSale) {
        pct = pct + 10;
      }
    } else if (code === 'BULK5') {
      if (qty >= 50) {
        pct = pct + 5;
      }
    } else {
      throw new Error('unknown promo code: ' + promoCode);
    }
  }
  var unit = (price * (100 - pct)) / 100;
  if (product.category !== 'clearance') {
    var floor = product.listPrice * MIN_PRICE_RATIO;
    if (unit < floor) {
      if (price < floor) {
        unit = price;
      } else {
        unit = floor;
      }
    }
  }
  return Math.round(unit);
}

// how much of a quantity can ship now and how much goes on back order
function checkAvailability(product, qty, warehouse) {
  var stock = product.stock || {};
  var avail = 0;
  if (warehouse) {
    if (!Object.prototype.hasOwnProperty.call(stock, warehouse)) {
      throw new Error('unknown warehouse: ' + warehouse);
    }
    avail = stock[warehouse];
  } else {
    for (var w in stock) {
      if (Object.prototype.hasOwnProperty.call(stock, w)) {
        if (stock[w] > 0) {
          avail = avail + stock[w];
        }
      }
    }
  }
  if (avail < 0) {
    avail = 0;
  }
  if (qty <= avail) {
    return { shipNow: qty, backorder: 0 };
  }
  if (!product.backorderable) {
    throw new Error('out of stock: ' + product.sku + ' (' + avail + ' available)');
  }
  return { shipNow: avail, backorder: qty - avail };
}

module.exports = {
  findProduct: findProduct,
  quoteUnitPrice: quoteUnitPrice,
  checkAvailability: checkAvailability,
  MIN_PRICE_RATIO: MIN_PRICE_RATIO,
};

"""Printable price lists."""

import catalog.products


def price_list(skus, store=None):
    """Lines "SKU  name  price" for each SKU that resolves; the record shown is the one sold."""
    out = []
    for sku in skus:
        try:
            rec = catalog.products.find_product(sku, store=store)
        except catalog.products.CatalogError:
            out.append("%-8s  %s" % (str(sku).strip().upper(), "not available"))
            continue
        out.append("%-8s  %-16s %8.2f" % (rec["sku"], rec["name"], rec["price"]))
    return out


def history_name(sku):
    """The name a SKU was sold under, even if it has since been discontinued."""
    return catalog.products.find_product(sku, inc_inactive=True)["name"]

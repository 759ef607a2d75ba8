package dev.gemba.notice.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.catalog.boundary.BusinessUnitDetails;
import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.notice.boundary.NoticeService;
import dev.gemba.notice.boundary.UnitDelivery;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.web.FormErrors;

/** Backs notices/you-said-we-did.xhtml: a business unit's delivered items that came from its people's feedback. */
@Named
@ViewScoped
public class YouSaidWeDidView implements Serializable {

    @EJB
    NoticeService notices;

    @EJB
    BusinessUnitService units;

    @Inject
    FormErrors formErrors;

    private Long businessUnit;
    private List<UnitDelivery> deliveries = List.of();
    private List<BusinessUnitDetails> unitList;

    /** Reads the chosen unit's list; an unknown unit shows a message beside the choice. */
    public void load() {
        deliveries = List.of();
        if (businessUnit != null) {
            formErrors.attempt("unit", () -> deliveries = notices.youSaidWeDid(businessUnit));
        }
    }

    public List<BusinessUnitDetails> getUnits() {
        if (unitList == null) {
            unitList = units.list(BusinessUnitQuery.all(), new PageRequest(0, 500, "name", false))
                    .items();
        }
        return unitList;
    }

    public Long getBusinessUnit() {
        return businessUnit;
    }

    public void setBusinessUnit(Long businessUnit) {
        this.businessUnit = businessUnit;
    }

    public List<UnitDelivery> getDeliveries() {
        return deliveries;
    }
}

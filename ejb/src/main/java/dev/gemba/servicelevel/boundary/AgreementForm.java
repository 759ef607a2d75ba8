package dev.gemba.servicelevel.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.gemba.servicelevel.entity.AgreementKind;

/**
 * An agreement as people enter it.
 *
 * @param code a short unique name, used by imports (letters, digits, '.', '_', '-')
 * @param businessUnitId an SLA's business unit; none for an SLA with all units; never for an OLA
 * @param supportGroup the OLA's internal support group; required for an OLA, never for an SLA
 * @param targets the targets in the order pages show them; kept ones carry their id
 * @param version the version the change is based on; null when creating
 */
public record AgreementForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull AgreementKind kind,
        @NotNull Long serviceId,
        Long businessUnitId,
        @Size(max = 120) String supportGroup,
        @Size(max = 2000) String notes,
        @Valid @Size(max = 40) List<TargetForm> targets,
        Long version) {

    public AgreementForm {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}

package gov.hotline.dispatch.port;

import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.Catalogue;
import gov.hotline.dispatch.domain.Place;
import gov.hotline.dispatch.domain.UnitProfile;
import java.util.List;
import java.util.Optional;

/**
 * Storage of what dispatch adds to the unit directory: the district's name, each unit's profile
 * (gazetteer places, service, service area) and the versions of the dispatch catalogue (派单目录),
 * which are never changed once written.
 */
public interface DirectoryRepository {
  Optional<String> district();

  void saveDistrict(String district, String sourceVersion);

  List<UnitProfile> profiles();

  /** Stores a unit's profile, replacing its places. */
  void saveProfile(UnitProfile profile);

  /** Replaces the places of one unit's gazetteer. */
  void replacePlaces(UnitId unit, List<Place> places);

  /** The newest catalogue version, if any. */
  Optional<Catalogue> currentCatalogue();

  Optional<Catalogue> catalogue(int version);

  /** Version numbers with their time, author and note, newest first (entries left empty). */
  List<Catalogue> catalogueVersions();

  /**
   * Stores a new version; fails with a CONFLICT {@link gov.hotline.core.error.DomainException} when
   * that version exists already (someone else edited at the same time).
   */
  void insertCatalogue(Catalogue catalogue);
}
